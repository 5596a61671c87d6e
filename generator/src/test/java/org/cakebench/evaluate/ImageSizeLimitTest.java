package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decompression bombs: a small file claiming a huge image is refused from its header, naming the
 * file, by both decoders, before the pixels are allocated.
 */
class ImageSizeLimitTest {
  private static final int GREY = 0;
  private static final int PALETTE = 3;
  private static final int GREY_ALPHA = 4;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} x {1}, colour type {2}")
  @CsvSource({
    "8000, 5001, " + GREY, // the fast PNG path
    "8000, 5001, " + PALETTE, // ImageIO's path
    "5001, 8000, " + GREY_ALPHA
  })
  void aValidImageAboveTheLimitIsRefusedNamingTheFile(int width, int height, int colourType)
      throws IOException {
    Path file = dir.resolve("big.png");
    Files.write(file, zeroPng(width, height, colourType));
    assertThatThrownBy(() -> ImageDecoder.decode(file))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(width + " x " + height + " pixels")
        .hasMessageContaining("40 megapixels");
  }

  @Test
  void aMegabyteClaimingTwentyThousandPixelsSquareIsRefusedBeforeAnyAllocation()
      throws IOException {
    // The reported file: 1.1 MB of image data is enough, by deflate's ratio, for 800 MB of grey +
    // alpha rows; decoding them into RGB took 2 GB and ended in OutOfMemoryError. (Here the data
    // is noise, so that the test cannot exhaust its own heap whatever happens.)
    byte[] noise = new byte[1_100_000];
    new Random(1).nextBytes(noise);
    Path file = dir.resolve("bomb.png");
    Files.write(file, png(20000, 20000, GREY_ALPHA, noise));
    assertThat(Files.size(file)).isLessThan(1_200_000);
    assertThatThrownBy(() -> ImageDecoder.decode(file))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("20000 x 20000 pixels");
  }

  @Test
  void anImageJustAtTheLimitStillDecodes() throws IOException {
    Path file = dir.resolve("large.png");
    Files.write(file, zeroPng(8000, 5000, GREY));
    RgbImage image = ImageDecoder.decode(file);
    assertThat(image.width() * (long) image.height()).isEqualTo(PixelLimit.MAX_PIXELS);
  }

  /** A PNG of {@code width x height} black pixels, 8 bits, each row unfiltered. */
  static byte[] zeroPng(int width, int height, int colourType) throws IOException {
    int channels = colourType == GREY_ALPHA ? 2 : 1;
    long rows = (1L + (long) width * channels) * height;
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(data)) {
      for (long left = rows; left > 0; left -= zeros.length) {
        zlib.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
    }
    return png(width, height, colourType, data.toByteArray());
  }

  /** A PNG whose header says {@code width x height} and whose image data is {@code data}. */
  static byte[] png(int width, int height, int colourType, byte[] data) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
    header.put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(png, "IHDR", header.array());
    if (colourType == PALETTE) {
      chunk(png, "PLTE", new byte[3]);
    }
    chunk(png, "IDAT", data);
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typed = new byte[4 + data.length];
    System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, typed, 0, 4);
    System.arraycopy(data, 0, typed, 4, data.length);
    CRC32 crc = new CRC32();
    crc.update(typed);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typed);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
