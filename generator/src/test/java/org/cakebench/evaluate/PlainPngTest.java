package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast PNG path decodes to the same RGB as the ImageIO path, and leaves it what it can't. */
class PlainPngTest {
  private static final Path FILE = Path.of("test.png");

  @Test
  @Needs(Requirement.SHARED)
  @Tag("slow")
  void everySharedStimulusDecodesAsThroughImageIo() throws IOException {
    List<Path> pngs;
    try (Stream<Path> walk = Files.walk(Fixtures.stimuli())) {
      pngs = walk.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    assertThat(pngs).hasSizeGreaterThanOrEqualTo(1280 + 160 + 160);
    for (Path png : pngs) {
      byte[] bytes = Files.readAllBytes(png);
      RgbImage plain = PlainPng.decode(bytes, png);
      assertThat(plain).as(png.toString()).isNotNull();
      assertThat(plain.pixels())
          .as(png.toString())
          .isEqualTo(ImageDecoder.decodeWithImageIo(bytes, png).pixels());
    }
  }

  @Test
  void pillowWrittenPngsOfTheFourPlainKindsDecodeAsThroughImageIo()
      throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getResource("resized/sketch/dnn/session-1").toURI());
    int decoded = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
        byte[] bytes = Files.readAllBytes(png);
        RgbImage plain = PlainPng.decode(bytes, png);
        if (plain != null) {
          decoded++;
          assertThat(plain.pixels())
              .as(png.toString())
              .isEqualTo(ImageDecoder.decodeWithImageIo(bytes, png).pixels());
        }
      }
    }
    // rgb x4, grey, rgba, grey + alpha; palette, 16-bit grey and 1-bit go to ImageIO
    assertThat(decoded).isEqualTo(7);
  }

  @ParameterizedTest(name = "BufferedImage type {0}")
  @ValueSource(
      ints = {
        BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_4BYTE_ABGR
      })
  void noisyAndSmoothImagesOfEachKindDecodeAsThroughImageIo(int type) {
    BufferedImage image = new BufferedImage(67, 45, type);
    Random random = new Random(type);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        // smooth in the left half, noise in the right: the writer picks different row filters
        int argb =
            x < 33 ? (x * 3 + y) << 24 | (x * 7) << 16 | (y * 5) << 8 | (x + y) : random.nextInt();
        image.setRGB(x, y, argb);
      }
    }
    byte[] bytes = png(image, false);
    RgbImage plain = PlainPng.decode(bytes, FILE);
    assertThat(plain).isNotNull();
    assertThat(plain.pixels()).isEqualTo(ImageDecoder.decodeWithImageIo(bytes, FILE).pixels());
  }

  @Test
  void paletteSixteenBitAndInterlacedPngsAreLeftToImageIo() {
    BufferedImage rgb = new BufferedImage(20, 10, BufferedImage.TYPE_3BYTE_BGR);
    assertThat(PlainPng.decode(png(rgb, true), FILE)).isNull();
    assertThat(
            PlainPng.decode(
                png(new BufferedImage(20, 10, BufferedImage.TYPE_USHORT_GRAY), false), FILE))
        .isNull();
    assertThat(
            PlainPng.decode(
                png(new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED), false), FILE))
        .isNull();
    assertThat(PlainPng.decode("not a png".getBytes(), FILE)).isNull();
  }

  @Test
  void truncatedImageDataNamesTheFile() {
    byte[] whole = png(new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR), false);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> PlainPng.decode(cut, Path.of("stimuli/cut.png")))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("stimuli/cut.png")
        .hasMessageContaining("PNG");
  }

  @Test
  void anUnknownRowFilterIsCorruptData() {
    // a 1x1 RGB image whose only row claims filter type 5
    byte[] bytes = png(new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR), false);
    byte[] raw = {5, 1, 2, 3};
    byte[] forged = withImageData(bytes, raw);
    assertThatThrownBy(() -> PlainPng.decode(forged, FILE))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("filter type 5");
  }

  @ParameterizedTest(name = "filter {0}")
  @CsvSource({
    "0, 10, 20, 30, 40", // none
    "1, 10, 30, 30, 70", // sub: + left
    "2, 10, 20, 40, 60", // up: + above (nothing above the first row)
    "3, 10, 25, 35, 70", // average: + (left + above) / 2
    "4, 10, 30, 40, 80" // Paeth: + whichever of left, above, upper-left is nearest left + above -
    // upper-left
  })
  void eachRowFilterIsUndoneOnTheFirstRowAndBelow(int filter, int a, int b, int c, int d) {
    // a 2 x 2 grey image whose two rows both carry the raw bytes 10 20 / 30 40 under one filter
    byte[] header = png(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY), false);
    byte f = (byte) filter;
    RgbImage image =
        PlainPng.decode(withImageData(header, new byte[] {f, 10, 20, f, 30, 40}), FILE);
    assertThat(image.pixels()).containsExactly(toBytes(a, a, a, b, b, b, c, c, c, d, d, d));
  }

  @Test
  void aDamagedHeaderIsRefusedAsPilRefusesIt() {
    byte[] bytes = png(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR), false);
    bytes[23] ^= 1; // height 8 -> 9, CRC left as it was
    assertThatThrownBy(() -> PlainPng.decode(bytes, FILE))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("damaged header");
  }

  @Test
  void aLargeClaimedSizeWithLittleDataIsTruncatedNotAnAllocation() {
    // 6000 x 6000 grey (within the pixel limit) needs 36 MB; 100 bytes of deflate data can hold
    // at most ~100 kB
    byte[] header = png(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), false);
    byte[] forged = withImageData(withSize(header, 6000, 6000), new byte[100]);
    assertThatThrownBy(() -> PlainPng.decode(forged, FILE))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("truncated PNG");
  }

  /** {@code png} with another width and height in its header (and the header's CRC updated). */
  private static byte[] withSize(byte[] png, int width, int height) {
    byte[] out = png.clone();
    java.nio.ByteBuffer.wrap(out).putInt(16, width).putInt(20, height);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(out, 12, 17);
    java.nio.ByteBuffer.wrap(out).putInt(29, (int) crc.getValue());
    return out;
  }

  private static byte[] toBytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** A PNG written by ImageIO, interlaced (Adam7) or not. */
  private static byte[] png(BufferedImage image, boolean interlaced) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setProgressiveMode(
          interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** {@code png} with its IDAT data replaced by the zlib-compressed {@code raw} rows. */
  private static byte[] withImageData(byte[] png, byte[] raw) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater();
    deflater.setInput(raw);
    deflater.finish();
    byte[] compressed = new byte[256];
    int length = deflater.deflate(compressed);
    deflater.end();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, 33); // signature and IHDR
    writeChunk(out, "IDAT", Arrays.copyOf(compressed, length));
    writeChunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.write(data.length >>> 24);
    out.write(data.length >>> 16);
    out.write(data.length >>> 8);
    out.write(data.length);
    out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(new byte[4]); // CRC, not checked
  }
}
