package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The largest image evaluate decodes: {@value #MAX_PIXELS} pixels (120 MB as RGB), checked from the
 * header before anything is allocated. A few kilobytes of PNG can claim 20000 x 20000 pixels; each
 * decoding thread holds an image at full size, so without a limit one such file ends the run with
 * an {@link OutOfMemoryError} naming nothing. The datasets' images are at most 500 x 333.
 */
final class PixelLimit {
  /** 40 megapixels, e.g. 8000 x 5000: far above any stimulus, far below the default heap. */
  static final long MAX_PIXELS = 40_000_000L;

  private PixelLimit() {}

  /** Refuses {@code file} when its header claims more than {@link #MAX_PIXELS} pixels. */
  static void check(Path file, long width, long height) {
    if (width * height > MAX_PIXELS) {
      throw new ImageDecodeException(
          file,
          String.format(
              Locale.ROOT,
              "%d x %d pixels is more than the %d megapixels evaluate decodes; refused before"
                  + " decoding",
              width,
              height,
              MAX_PIXELS / 1_000_000));
    }
  }
}
