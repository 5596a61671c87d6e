package org.cakebench.evaluate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes the PNGs the datasets are made of (8 bits per sample, grey, RGB, grey + alpha or RGBA,
 * not interlaced) straight from their zlib stream: 1.05 ms per 224 x 224 cue-conflict stimulus on
 * one core against ImageIO's 1.7 ms, of which zlib itself takes 0.6 ms. On a GPU host decoding
 * feeds the model, so this sets how many cores evaluation needs. Any other PNG ({@link #decode}
 * returns null) goes through ImageIO.
 *
 * <p>The RGB it returns is PIL's {@code convert("RGB")}: grey copied to three channels, alpha
 * dropped; ancillary chunks (gamma, colour profile, transparency, significant bits) are ignored, as
 * PIL ignores them there. A damaged header is refused, as PIL refuses it; the image data's CRCs are
 * not checked (neither ImageIO nor PIL's decoder checks them), and IDAT chunks are read in file
 * order even where other chunks stand between them.
 */
final class PlainPng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Deflate expands at most about 1032 to 1 (RFC 1951's longest match per shortest code). */
  private static final long MAX_DEFLATE_RATIO = 1032;

  private PlainPng() {}

  /** The image, or null when {@code bytes} are not a PNG of the kind described above. */
  static RgbImage decode(byte[] bytes, Path file) {
    if (!startsWithSignature(bytes) || bytes.length < 33 || !type(bytes, 12).equals("IHDR")) {
      return null;
    }
    checkHeader(bytes, file);
    int width = int32(bytes, 16);
    int height = int32(bytes, 20);
    int bitDepth = bytes[24];
    int channels = channels(bytes[25]);
    boolean interlaced = bytes[28] != 0;
    if (width <= 0 || height <= 0) {
      return null; // ImageIO names the damage
    }
    PixelLimit.check(file, width, height); // for every PNG, before either decoder allocates
    if (bitDepth != 8 || channels == 0 || interlaced) {
      return null;
    }
    long rowBytes = 1L + (long) width * channels;
    if (rowBytes * height > Integer.MAX_VALUE - 16
        || (long) width * height * 3 > Integer.MAX_VALUE) {
      return null;
    }
    int size = (int) (rowBytes * height);
    long compressed = imageDataBytes(bytes, file);
    if (size > MAX_DEFLATE_RATIO * compressed + 1024) {
      // checked before allocating: a few bytes claiming 20000 x 20000 pixels must not exhaust
      // memory
      throw new ImageDecodeException(
          file, "truncated PNG: " + compressed + " bytes of image data cannot hold " + size);
    }
    byte[] raw = inflate(bytes, size, file);
    unfilter(raw, width, height, channels, file);
    return new RgbImage(width, height, toRgb(raw, width, height, channels));
  }

  /** PIL refuses a PNG whose header is damaged; so does this, rather than guess its size. */
  private static void checkHeader(byte[] bytes, Path file) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 12, 17);
    if (int32(bytes, 8) != 13 || (int) crc.getValue() != int32(bytes, 29)) {
      throw new ImageDecodeException(file, "corrupt PNG: damaged header (IHDR length or CRC)");
    }
    if (bytes[26] != 0 || bytes[27] != 0) {
      throw new ImageDecodeException(
          file, "corrupt PNG: unknown compression or filter method in the header");
    }
  }

  /** The length of all IDAT chunks together. */
  private static long imageDataBytes(byte[] bytes, Path file) {
    long total = 0;
    int at = 8;
    while (at + 8 <= bytes.length) {
      int length = int32(bytes, at);
      if (length < 0 || at + 12L + length > bytes.length) {
        break; // inflate() names the damage
      }
      if (type(bytes, at + 4).equals("IDAT")) {
        total += length;
      }
      at += 12 + length;
    }
    return total;
  }

  private static boolean startsWithSignature(byte[] bytes) {
    if (bytes.length < SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (bytes[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  private static int channels(byte colourType) {
    return switch (colourType) {
      case 0 -> 1;
      case 2 -> 3;
      case 4 -> 2;
      case 6 -> 4;
      default -> 0; // palette and unknown types go through ImageIO
    };
  }

  /** The concatenated IDAT data, inflated: exactly {@code size} bytes, or the file is corrupt. */
  private static byte[] inflate(byte[] bytes, int size, Path file) {
    byte[] raw = new byte[size];
    Inflater inflater = new Inflater();
    try {
      int produced = 0;
      int at = 8;
      while (at + 8 <= bytes.length && produced < size && !inflater.finished()) {
        int length = int32(bytes, at);
        String type = type(bytes, at + 4);
        int data = at + 8;
        if (length < 0 || data + (long) length > bytes.length) {
          throw new ImageDecodeException(file, "corrupt PNG: chunk " + type + " runs past the end");
        }
        if (type.equals("IDAT")) {
          inflater.setInput(bytes, data, length);
          while (!inflater.needsInput() && !inflater.finished() && produced < size) {
            int n = inflater.inflate(raw, produced, size - produced);
            if (n == 0 && inflater.needsDictionary()) {
              throw new ImageDecodeException(file, "corrupt PNG: zlib stream needs a dictionary");
            }
            produced += n;
          }
        } else if (type.equals("IEND")) {
          break;
        }
        at = data + length + 4; // data, then the CRC
      }
      if (produced < size) {
        throw new ImageDecodeException(
            file, "truncated PNG: " + produced + " of " + size + " bytes of image data");
      }
      return raw;
    } catch (DataFormatException e) {
      throw new ImageDecodeException(file, "corrupt PNG image data (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
  }

  /**
   * Undoes the per-row filters in place (PNG specification, section 9). The row above the first is
   * all zeros; the first pixel of a row has no left neighbour, so its loops run apart from the
   * rest.
   */
  private static void unfilter(byte[] raw, int width, int height, int bpp, Path file) {
    int stride = 1 + width * bpp;
    for (int y = 0; y < height; y++) {
      int first = y * stride + 1;
      int end = first + width * bpp;
      int pixel2 = first + bpp;
      boolean top = y == 0;
      switch (raw[first - 1]) {
        case 0 -> {}
        case 1 -> sub(raw, pixel2, end, bpp);
        case 2 -> {
          if (!top) {
            for (int i = first; i < end; i++) {
              raw[i] += raw[i - stride];
            }
          }
        }
        case 3 -> {
          if (top) {
            for (int i = pixel2; i < end; i++) {
              raw[i] += (byte) ((raw[i - bpp] & 0xff) >>> 1);
            }
          } else {
            for (int i = first; i < pixel2; i++) {
              raw[i] += (byte) ((raw[i - stride] & 0xff) >>> 1);
            }
            for (int i = pixel2; i < end; i++) {
              raw[i] += (byte) (((raw[i - bpp] & 0xff) + (raw[i - stride] & 0xff)) >>> 1);
            }
          }
        }
        case 4 -> {
          if (top) {
            sub(raw, pixel2, end, bpp); // Paeth with nothing above predicts the left neighbour
          } else {
            for (int i = first; i < pixel2; i++) {
              raw[i] += raw[i - stride]; // and with nothing left, the one above
            }
            for (int i = pixel2; i < end; i++) {
              int a = raw[i - bpp] & 0xff;
              int b = raw[i - stride] & 0xff;
              int c = raw[i - stride - bpp] & 0xff;
              raw[i] += (byte) paeth(a, b, c);
            }
          }
        }
        default ->
            throw new ImageDecodeException(
                file, "corrupt PNG: row " + y + " has filter type " + raw[first - 1]);
      }
    }
  }

  /**
   * The Paeth predictor without branches: on noisy images the choice is unpredictable, and
   * mispredicted branches cost more than the arithmetic.
   */
  private static int paeth(int a, int b, int c) {
    int pa = Math.abs(b - c);
    int pb = Math.abs(a - c);
    int pc = Math.abs(a + b - c - c);
    int notA = ((pb - pa) | (pc - pa)) >> 31; // -1 unless pa <= pb and pa <= pc
    int cOverB = (pc - pb) >> 31; // -1 when pc < pb
    int bOrC = (b & ~cOverB) | (c & cOverB);
    return (a & ~notA) | (bOrC & notA);
  }

  private static void sub(byte[] raw, int from, int end, int bpp) {
    for (int i = from; i < end; i++) {
      raw[i] += raw[i - bpp];
    }
  }

  private static byte[] toRgb(byte[] raw, int width, int height, int channels) {
    byte[] rgb = new byte[width * height * 3];
    int stride = 1 + width * channels;
    for (int y = 0; y < height; y++) {
      int from = y * stride + 1;
      int to = y * width * 3;
      if (channels == 3) {
        System.arraycopy(raw, from, rgb, to, width * 3);
        continue;
      }
      for (int x = 0; x < width; x++, from += channels, to += 3) {
        if (channels <= 2) { // grey, grey + alpha
          rgb[to] = raw[from];
          rgb[to + 1] = raw[from];
          rgb[to + 2] = raw[from];
        } else { // RGBA
          rgb[to] = raw[from];
          rgb[to + 1] = raw[from + 1];
          rgb[to + 2] = raw[from + 2];
        }
      }
    }
    return rgb;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  private static String type(byte[] b, int at) {
    return new String(b, at, 4, StandardCharsets.ISO_8859_1);
  }
}
