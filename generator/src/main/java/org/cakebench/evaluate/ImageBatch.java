package org.cakebench.evaluate;

/**
 * Model inputs for a batch of images.
 *
 * @param pixels normalised CHW floats, image after image ({@code count * 3 * size * size} used)
 * @param count number of images
 * @param size side of each square image
 */
public record ImageBatch(float[] pixels, int count, int size) {
  public ImageBatch {
    if (count < 1 || size < 1 || pixels.length < count * 3 * size * size) {
      throw new IllegalArgumentException("batch of " + count + " images needs more floats");
    }
  }
}
