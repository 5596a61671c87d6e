package org.cakebench.evaluate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Model inputs for a batch of images.
 *
 * @param pixels normalised CHW float32 values in native byte order, image after image, from byte 0
 *     to {@code 4 * count * 3 * size * size}; a direct buffer, which DJL hands to the engine
 *     without copying
 * @param count number of images
 * @param size side of each square image
 */
public record ImageBatch(ByteBuffer pixels, int count, int size) {
  public ImageBatch {
    if (count < 1 || size < 1 || pixels.capacity() < (long) count * 3 * size * size * Float.BYTES) {
      throw new IllegalArgumentException("batch of " + count + " images needs more bytes");
    }
    if (!pixels.isDirect()) {
      throw new IllegalArgumentException("batch pixels must be a direct buffer");
    }
  }

  /** A batch copied from a float array (tests, benchmarks). */
  public static ImageBatch of(float[] pixels, int count, int size) {
    ByteBuffer bytes = allocate(pixels.length);
    bytes.asFloatBuffer().put(pixels);
    return new ImageBatch(bytes, count, size);
  }

  /** A direct native-order buffer for {@code floats} values. */
  static ByteBuffer allocate(int floats) {
    return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder());
  }

  /** Number of float values in use. */
  public int floats() {
    return count * 3 * size * size;
  }
}
