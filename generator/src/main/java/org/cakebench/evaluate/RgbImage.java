package org.cakebench.evaluate;

/**
 * A decoded 8-bit RGB image, the Java counterpart of a PIL image in mode {@code RGB}.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param pixels interleaved {@code R, G, B} bytes, row by row ({@code width * height * 3})
 */
public record RgbImage(int width, int height, byte[] pixels) {
  public RgbImage {
    if (width <= 0 || height <= 0 || pixels.length != width * height * 3) {
      throw new IllegalArgumentException(
          "expected " + width + "x" + height + "x3 bytes, got " + pixels.length);
    }
  }

  /** The value (0..255) of {@code channel} (0 red, 1 green, 2 blue) at {@code (x, y)}. */
  public int sample(int x, int y, int channel) {
    return pixels[(y * width + x) * 3 + channel] & 0xff;
  }
}
