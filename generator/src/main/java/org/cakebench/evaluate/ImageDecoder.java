package org.cakebench.evaluate;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes an image file to the RGB bytes that PIL's {@code Image.open(f).convert("RGB")} gives,
 * which is what torchvision's {@code ImageFolder} feeds a model.
 *
 * <p>PIL's rules, from its {@code PngImagePlugin} modes and {@code Convert.c}: alpha is dropped,
 * not composited; grey is copied to all three channels; palette indices are looked up; 1-, 2- and
 * 4-bit grey scale to 0..255 ({@code v * 255 / (2^bits - 1)}); 16-bit colour and 16-bit grey with
 * alpha keep the high byte; 16-bit grey without alpha (mode {@code I;16}) is clipped to 255, not
 * scaled. Samples are read from the raster, never through {@code getRGB}, which would apply
 * colour-space conversions PIL does not.
 *
 * <p>8-bit grey, RGB, grey + alpha and RGBA PNGs that are not interlaced, the stimuli's kinds, are
 * decoded by {@link PlainPng}; every other file by ImageIO.
 */
public final class ImageDecoder {
  private static final String PNG_FORMAT = "javax_imageio_png_1.0";
  private static final int[] EIGHT_BIT = sampleTable(8, 2);
  private static final int[] SIXTEEN_BIT_GREY = sampleTable(16, 0);
  private static final int[] SIXTEEN_BIT_HIGH_BYTE = sampleTable(16, 2);

  static {
    // Decoding runs on many threads; ImageIO's disk cache only slows small images down.
    ImageIO.setUseCache(false);
  }

  private ImageDecoder() {}

  /** Decodes {@code file} or throws {@link ImageDecodeException} naming it. */
  public static RgbImage decode(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ImageDecodeException(file, "no such file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImageDecodeException(file, e.toString());
    }
    RgbImage plain = PlainPng.decode(bytes, file);
    return plain != null ? plain : decodeWithImageIo(bytes, file);
  }

  /** Decodes {@code bytes}, the content of {@code file}, with ImageIO. */
  static RgbImage decodeWithImageIo(byte[] bytes, Path file) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageDecodeException(file, "not a PNG, JPEG, BMP or GIF file");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, false);
        // The header alone gives the size: refuse a bomb before the reader allocates its raster.
        PixelLimit.check(file, reader.getWidth(0), reader.getHeight(0));
        BufferedImage image = reader.read(0);
        PngHeader png = pngHeader(reader.getImageMetadata(0));
        return toRgb(image, png);
      } finally {
        reader.dispose();
      }
    } catch (IIOException e) {
      throw new ImageDecodeException(file, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new ImageDecodeException(file, e.toString());
    } catch (ImageDecodeException e) {
      throw e;
    } catch (RuntimeException e) {
      // ImageIO's decoders report some corrupt data as runtime exceptions.
      throw new ImageDecodeException(file, "corrupt image data (" + e + ")");
    }
  }

  /** The colour type and bit depth a PNG declares; colour type -1 for other formats. */
  record PngHeader(int colourType, int bitDepth) {
    static final PngHeader NONE = new PngHeader(-1, 8);

    boolean grey() {
      return colourType == 0 || colourType == 4;
    }
  }

  static RgbImage toRgb(BufferedImage image, PngHeader png) {
    int width = image.getWidth();
    int height = image.getHeight();
    Raster raster = image.getRaster();
    byte[] rgb = new byte[width * height * 3];
    int[] row = new int[width * raster.getNumBands()];
    if (image.getColorModel() instanceof IndexColorModel palette && png.colourType != 0) {
      // Palette images: look each index up (PIL's p2rgb); a tRNS alpha is ignored.
      int[] index = new int[width];
      for (int y = 0; y < height; y++) {
        raster.getSamples(0, y, width, 1, 0, index);
        for (int x = 0; x < width; x++) {
          int at = (y * width + x) * 3;
          rgb[at] = (byte) palette.getRed(index[x]);
          rgb[at + 1] = (byte) palette.getGreen(index[x]);
          rgb[at + 2] = (byte) palette.getBlue(index[x]);
        }
      }
      return new RgbImage(width, height, rgb);
    }
    int bands = raster.getNumBands();
    int colourBands = image.getColorModel().getNumColorComponents();
    boolean grey = png.colourType >= 0 ? png.grey() : colourBands == 1;
    int bits = png.colourType >= 0 ? png.bitDepth : raster.getSampleModel().getSampleSize(0);
    int[] lut =
        switch (bits) {
          case 8 -> EIGHT_BIT;
          case 16 -> png.colourType == 0 ? SIXTEEN_BIT_GREY : SIXTEEN_BIT_HIGH_BYTE;
          default -> sampleTable(bits, png.colourType);
        };
    for (int y = 0; y < height; y++) {
      raster.getPixels(0, y, width, 1, row);
      for (int x = 0; x < width; x++) {
        int at = (y * width + x) * 3;
        int from = x * bands;
        if (grey) {
          byte v = (byte) lut[row[from]];
          rgb[at] = v;
          rgb[at + 1] = v;
          rgb[at + 2] = v;
        } else {
          rgb[at] = (byte) lut[row[from]];
          rgb[at + 1] = (byte) lut[row[from + 1]];
          rgb[at + 2] = (byte) lut[row[from + 2]];
        }
      }
    }
    return new RgbImage(width, height, rgb);
  }

  /** PIL's mapping of one raw sample to 0..255 for the given bit depth and PNG colour type. */
  static int[] sampleTable(int bits, int colourType) {
    int levels = 1 << bits;
    int[] table = new int[levels];
    for (int v = 0; v < levels; v++) {
      if (bits < 8) {
        table[v] = v * 255 / (levels - 1); // PIL's "1", "L;2", "L;4" unpackers
      } else if (bits == 8) {
        table[v] = v;
      } else if (colourType == 0) {
        table[v] = Math.min(v, 255); // mode I;16 -> RGB clips (Convert.c, I16_RGB)
      } else {
        table[v] = v >> (bits - 8); // RGB;16B, RGBA;16B, LA;16B keep the high byte
      }
    }
    return table;
  }

  private static PngHeader pngHeader(IIOMetadata metadata) {
    if (metadata == null || !PNG_FORMAT.equals(metadata.getNativeMetadataFormatName())) {
      return PngHeader.NONE;
    }
    Node root = metadata.getAsTree(PNG_FORMAT);
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeName().equals("IHDR")) {
        var attributes = child.getAttributes();
        int bitDepth = Integer.parseInt(attributes.getNamedItem("bitDepth").getNodeValue());
        String colourType = attributes.getNamedItem("colorType").getNodeValue();
        return new PngHeader(pngColourType(colourType), bitDepth);
      }
    }
    return PngHeader.NONE;
  }

  private static int pngColourType(String name) {
    return switch (name) {
      case "Grayscale" -> 0;
      case "RGB" -> 2;
      case "Palette" -> 3;
      case "GrayAlpha" -> 4;
      case "RGBAlpha" -> 6;
      default -> throw new IllegalArgumentException("unknown PNG colour type " + name);
    };
  }
}
