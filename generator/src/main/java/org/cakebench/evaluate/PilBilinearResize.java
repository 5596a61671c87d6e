package org.cakebench.evaluate;

/**
 * Resizes an {@link RgbImage} exactly as Pillow's {@code Image.resize(size, BILINEAR)} does for
 * 8-bit images ({@code libImaging/Resample.c}): a separable triangle filter widened by the scale
 * when shrinking (antialiasing), coefficients normalised per output pixel and rounded to 22-bit
 * fixed point, a horizontal pass followed by a vertical one, each rounding and clipping to 0..255.
 */
public final class PilBilinearResize {
  private static final int PRECISION_BITS = 32 - 8 - 2;
  private static final double SUPPORT = 1.0;

  private PilBilinearResize() {}

  /** {@code image} resized to {@code width x height}; the same image when the size is unchanged. */
  public static RgbImage resize(RgbImage image, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
    RgbImage out = image;
    if (width != image.width()) {
      out = horizontal(out, width);
    }
    if (height != image.height()) {
      out = vertical(out, height);
    }
    return out;
  }

  /**
   * Filter taps of one axis: for output pixel i, {@code count[i]} weights from {@code first[i]}.
   */
  record Taps(int[] first, int[] count, int[] weights, int stride) {}

  static Taps taps(int inSize, int outSize) {
    double scale = (double) inSize / outSize;
    double filterScale = Math.max(scale, 1.0);
    double support = SUPPORT * filterScale;
    int stride = (int) Math.ceil(support) * 2 + 1;
    int[] first = new int[outSize];
    int[] count = new int[outSize];
    int[] weights = new int[outSize * stride];
    double[] k = new double[stride];
    for (int i = 0; i < outSize; i++) {
      double center = (i + 0.5) * scale;
      double inverse = 1.0 / filterScale;
      int min = Math.max((int) (center - support + 0.5), 0);
      int max = Math.min((int) (center + support + 0.5), inSize) - min;
      double sum = 0;
      for (int x = 0; x < max; x++) {
        k[x] = triangle((x + min - center + 0.5) * inverse);
        sum += k[x];
      }
      for (int x = 0; x < max; x++) {
        double w = sum != 0.0 ? k[x] / sum : k[x];
        // Pillow's normalize_coeffs_8bpc: round half away from zero into fixed point.
        weights[i * stride + x] =
            w < 0
                ? (int) (-0.5 + w * (1 << PRECISION_BITS))
                : (int) (0.5 + w * (1 << PRECISION_BITS));
      }
      first[i] = min;
      count[i] = max;
    }
    return new Taps(first, count, weights, stride);
  }

  private static double triangle(double x) {
    double a = Math.abs(x);
    return a < 1.0 ? 1.0 - a : 0.0;
  }

  private static int clip8(int value) {
    int shifted = value >> PRECISION_BITS;
    return shifted < 0 ? 0 : Math.min(shifted, 255);
  }

  private static RgbImage horizontal(RgbImage in, int width) {
    Taps taps = taps(in.width(), width);
    int height = in.height();
    byte[] src = in.pixels();
    byte[] dst = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      int rowIn = y * in.width() * 3;
      int rowOut = y * width * 3;
      for (int x = 0; x < width; x++) {
        int k = x * taps.stride();
        int from = taps.first()[x];
        int r = 1 << (PRECISION_BITS - 1);
        int g = r;
        int b = r;
        for (int t = 0; t < taps.count()[x]; t++) {
          int w = taps.weights()[k + t];
          int at = rowIn + (from + t) * 3;
          r += (src[at] & 0xff) * w;
          g += (src[at + 1] & 0xff) * w;
          b += (src[at + 2] & 0xff) * w;
        }
        dst[rowOut + x * 3] = (byte) clip8(r);
        dst[rowOut + x * 3 + 1] = (byte) clip8(g);
        dst[rowOut + x * 3 + 2] = (byte) clip8(b);
      }
    }
    return new RgbImage(width, height, dst);
  }

  private static RgbImage vertical(RgbImage in, int height) {
    Taps taps = taps(in.height(), height);
    int width = in.width();
    byte[] src = in.pixels();
    byte[] dst = new byte[width * height * 3];
    int rowBytes = width * 3;
    for (int y = 0; y < height; y++) {
      int k = y * taps.stride();
      int from = taps.first()[y];
      for (int i = 0; i < rowBytes; i++) {
        int sum = 1 << (PRECISION_BITS - 1);
        for (int t = 0; t < taps.count()[y]; t++) {
          sum += (src[(from + t) * rowBytes + i] & 0xff) * taps.weights()[k + t];
        }
        dst[y * rowBytes + i] = (byte) clip8(sum);
      }
    }
    return new RgbImage(width, height, dst);
  }
}
