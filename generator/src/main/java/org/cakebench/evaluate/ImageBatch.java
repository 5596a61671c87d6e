package org.cakebench.evaluate;

import java.nio.FloatBuffer;

/**
 * Model inputs for a batch of images.
 *
 * @param pixels normalised CHW floats, image after image, positions {@code 0} to {@code count * 3 *
 *     size * size}; a direct native-order buffer lets DJL hand it to the engine without a copy
 * @param count number of images
 * @param size side of each square image
 */
public record ImageBatch(FloatBuffer pixels, int count, int size) {
  public ImageBatch {
    if (count < 1 || size < 1 || pixels.capacity() < count * 3 * size * size) {
      throw new IllegalArgumentException("batch of " + count + " images needs more floats");
    }
  }

  /** A batch over a heap array (tests, benchmarks). */
  public static ImageBatch of(float[] pixels, int count, int size) {
    return new ImageBatch(FloatBuffer.wrap(pixels), count, size);
  }

  /** Number of floats in use. */
  public int floats() {
    return count * 3 * size * size;
  }
}
