package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images written with ImageIO decode to the RGB that PIL's {@code convert("RGB")} gives, computed
 * here from PIL's documented rules (PngImagePlugin modes, Convert.c). The same cases were checked
 * against Pillow 9.4 itself when this decoder was written.
 */
class ImageDecoderTest {
  private static final int W = 19;
  private static final int H = 11;

  @TempDir Path dir;
  private final Random random = new Random(7);

  @Test
  void eightBitGreyIsCopiedToAllThreeChannels() throws IOException {
    BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    fill(grey.getRaster(), 256);
    RgbImage rgb = decode(grey, "png");
    assertGrey(rgb, grey.getRaster(), v -> v);
  }

  @Test
  void sixteenBitGreyIsClippedAt255NotScaled() throws IOException {
    BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
    fill(grey.getRaster(), 600);
    grey.getRaster().setSample(0, 0, 0, 65535);
    grey.getRaster().setSample(1, 0, 0, 255);
    RgbImage rgb = decode(grey, "png");
    assertGrey(rgb, grey.getRaster(), v -> Math.min(v, 255));
    assertThat(rgb.sample(0, 0, 0)).isEqualTo(255);
    assertThat(rgb.sample(1, 0, 1)).isEqualTo(255);
  }

  @Test
  void sixteenBitColourKeepsTheHighByte() throws IOException {
    BufferedImage image = component(ColorSpace.CS_sRGB, false, DataBuffer.TYPE_USHORT);
    RgbImage rgb = decode(image, "png");
    assertColour(rgb, image.getRaster(), v -> v >> 8);
  }

  @Test
  void sixteenBitGreyWithAlphaKeepsTheHighByteAndDropsAlpha() throws IOException {
    BufferedImage image = component(ColorSpace.CS_GRAY, true, DataBuffer.TYPE_USHORT);
    RgbImage rgb = decode(image, "png");
    assertGrey(rgb, image.getRaster(), v -> v >> 8);
  }

  @Test
  void greyWithAlphaDropsAlphaWithoutCompositing() throws IOException {
    BufferedImage image = component(ColorSpace.CS_GRAY, true, DataBuffer.TYPE_BYTE);
    image.getRaster().setSample(0, 0, 1, 0); // fully transparent pixel keeps its grey value
    RgbImage rgb = decode(image, "png");
    assertGrey(rgb, image.getRaster(), v -> v);
  }

  @Test
  void rgbaDropsAlphaWithoutCompositing() throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_4BYTE_ABGR);
    fill(image.getRaster(), 256);
    image.getRaster().setSample(2, 3, 3, 0);
    RgbImage rgb = decode(image, "png");
    assertColour(rgb, image.getRaster(), v -> v);
  }

  @Test
  void paletteIndicesAreLookedUpAndTheirAlphaIgnored() throws IOException {
    byte[] r = new byte[16];
    byte[] g = new byte[16];
    byte[] b = new byte[16];
    byte[] a = new byte[16];
    for (int i = 0; i < 16; i++) {
      r[i] = (byte) random.nextInt(256);
      g[i] = (byte) random.nextInt(256);
      b[i] = (byte) random.nextInt(256);
      a[i] = (byte) (i * 17);
    }
    IndexColorModel palette = new IndexColorModel(8, 16, r, g, b, a);
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, palette);
    fill(image.getRaster(), 16);
    RgbImage rgb = decode(image, "png");
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int index = image.getRaster().getSample(x, y, 0);
        assertThat(rgb.sample(x, y, 0)).isEqualTo(r[index] & 0xff);
        assertThat(rgb.sample(x, y, 1)).isEqualTo(g[index] & 0xff);
        assertThat(rgb.sample(x, y, 2)).isEqualTo(b[index] & 0xff);
      }
    }
  }

  @Test
  void lowBitDepthGreyScalesTo255() throws IOException {
    for (int bits : new int[] {1, 2, 4}) {
      int levels = 1 << bits;
      byte[] ramp = new byte[levels];
      for (int i = 0; i < levels; i++) {
        ramp[i] = (byte) (i * 255 / (levels - 1));
      }
      BufferedImage image =
          new BufferedImage(
              W,
              H,
              BufferedImage.TYPE_BYTE_BINARY,
              new IndexColorModel(bits, levels, ramp, ramp, ramp));
      fill(image.getRaster(), levels);
      RgbImage rgb = decode(image, "png");
      // PIL: "1" -> 0/255, "L;2" -> v*85, "L;4" -> v*17
      assertGrey(rgb, image.getRaster(), v -> v * (255 / (levels - 1)));
    }
  }

  @Test
  void greyJpegDecodesToEqualChannels() throws IOException {
    BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    fill(grey.getRaster(), 256);
    Path file = write(grey, "jpg");
    RgbImage rgb = ImageDecoder.decode(file);
    BufferedImage reread = ImageIO.read(file.toFile());
    assertGrey(rgb, reread.getRaster(), v -> v);
  }

  @Test
  void colourJpegDecodesToTheRawDecodedSamples() throws IOException {
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    fill(image.getRaster(), 256);
    Path file = write(image, "jpg");
    RgbImage rgb = ImageDecoder.decode(file);
    assertColour(rgb, ImageIO.read(file.toFile()).getRaster(), v -> v);
    assertThat(rgb.width()).isEqualTo(W);
  }

  @Test
  void unreadableImagesNameTheirFile() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
    assertThatThrownBy(() -> ImageDecoder.decode(text))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining(text.toString());
    Path truncated = dir.resolve("truncated.png");
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
    fill(image.getRaster(), 256);
    byte[] bytes = Files.readAllBytes(write(image, "png"));
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> ImageDecoder.decode(truncated))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining(truncated.toString());
    assertThatThrownBy(() -> ImageDecoder.decode(dir.resolve("missing.png")))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("missing.png");
  }

  private RgbImage decode(BufferedImage image, String format) throws IOException {
    return ImageDecoder.decode(write(image, format));
  }

  private Path write(BufferedImage image, String format) throws IOException {
    Path file = Files.createTempFile(dir, "image", "." + format);
    assertThat(ImageIO.write(image, format, file.toFile())).as("ImageIO writes " + format).isTrue();
    return file;
  }

  private BufferedImage component(int space, boolean alpha, int type) {
    ColorModel model =
        new ComponentColorModel(
            ColorSpace.getInstance(space),
            alpha,
            false,
            alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
            type);
    WritableRaster raster = model.createCompatibleWritableRaster(W, H);
    fill(raster, type == DataBuffer.TYPE_USHORT ? 65536 : 256);
    return new BufferedImage(model, raster, false, null);
  }

  private void fill(WritableRaster raster, int range) {
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        for (int c = 0; c < raster.getNumBands(); c++) {
          raster.setSample(x, y, c, random.nextInt(range));
        }
      }
    }
  }

  private static void assertGrey(
      RgbImage rgb, java.awt.image.Raster raster, IntUnaryOperator rule) {
    assertThat(rgb.width()).isEqualTo(raster.getWidth());
    assertThat(rgb.height()).isEqualTo(raster.getHeight());
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        int expected = rule.applyAsInt(raster.getSample(x, y, 0));
        for (int c = 0; c < 3; c++) {
          assertThat(rgb.sample(x, y, c)).as("(%d,%d,%d)", x, y, c).isEqualTo(expected);
        }
      }
    }
  }

  private static void assertColour(
      RgbImage rgb, java.awt.image.Raster raster, IntUnaryOperator rule) {
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        for (int c = 0; c < 3; c++) {
          assertThat(rgb.sample(x, y, c))
              .as("(%d,%d,%d)", x, y, c)
              .isEqualTo(rule.applyAsInt(raster.getSample(x, y, c)));
        }
      }
    }
  }
}
