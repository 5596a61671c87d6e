package org.cakebench.figures;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a {@link Drawing} into SVG (XChart's vector back end, VectorGraphics2D, with the drawing's
 * hotspots as a last layer) and PNG bytes. Both are byte-for-byte reproducible: the SVG has no time
 * stamps and its clip ids derive from the shapes, and {@link PngWriter} writes pixels only.
 */
final class ImageEncoder {
  private static final byte[] SVG_OPEN = ascii("<svg");
  private static final byte[] TAG_END = ascii(">");
  private static final byte[] SVG_CLOSE = ascii("</svg>");

  private ImageEncoder() {}

  /** SVG of {@code drawing} with a title and description for screen readers. */
  static byte[] svg(Drawing drawing, String title, String description) {
    VectorGraphics2D g = new VectorGraphics2D();
    drawing.paint(g);
    PageSize page = new PageSize(0, 0, drawing.width(), drawing.height());
    Document document = new SVGProcessor().getDocument(g.getCommands(), page);
    Buffer recorded = new Buffer();
    try {
      document.writeTo(recorded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Edited as UTF-8 bytes, not as a string: the figures of a hundred models are megabytes, and
    // every byte the edits look for is ASCII, which never occurs inside a multi-byte character.
    byte[] bytes = recorded.bytes();
    int length = twoDecimals(bytes, recorded.size());
    Buffer out = new Buffer();
    int open = indexOf(bytes, length, SVG_OPEN, 0);
    int openEnd = open < 0 ? -1 : indexOf(bytes, length, TAG_END, open);
    int from = 0;
    if (openEnd >= 0) {
      String tag = new String(bytes, open, openEnd + 1 - open, StandardCharsets.UTF_8);
      String accessible =
          tag.replace("<svg ", "<svg role=\"img\" aria-label=\"" + escape(title) + "\" ")
              + "\n  <title>"
              + escape(title)
              + "</title>\n  <desc>"
              + escape(description)
              + "</desc>";
      out.write(bytes, 0, open);
      out.writeBytes(accessible.getBytes(StandardCharsets.UTF_8));
      from = openEnd + 1;
    }
    int close = lastIndexOf(bytes, length, SVG_CLOSE);
    if (close >= from) {
      out.write(bytes, from, close - from);
      out.writeBytes(HotspotLayer.svg(drawing.hotspots()).getBytes(StandardCharsets.UTF_8));
      from = close;
    }
    out.write(bytes, from, length - from);
    return out.toByteArray();
  }

  /** PNG of {@code drawing} at {@code scale} times its nominal size. */
  static byte[] png(Drawing drawing, int scale) {
    BufferedImage image =
        new BufferedImage(
            drawing.width() * scale, drawing.height() * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.scale(scale, scale);
      drawing.paint(g);
    } finally {
      g.dispose();
    }
    return PngWriter.encode(image);
  }

  /**
   * Cuts every decimal number in the first {@code length} bytes of {@code text} (UTF-8) to two
   * decimals, in place, and gives the new length: hundredths of a pixel are plenty, and the
   * recorder writes up to 16 digits. (The regular expression {@code (\\d\\.\\d{2})\\d+} replaced by
   * {@code $1}, in one pass.)
   */
  static int twoDecimals(byte[] text, int length) {
    int w = 0;
    int i = 0;
    while (i < length) {
      if (i + 4 < length
          && isDigit(text[i])
          && text[i + 1] == '.'
          && isDigit(text[i + 2])
          && isDigit(text[i + 3])
          && isDigit(text[i + 4])) {
        System.arraycopy(text, i, text, w, 4);
        w += 4;
        i += 4;
        while (i < length && isDigit(text[i])) {
          i++;
        }
      } else {
        text[w++] = text[i++];
      }
    }
    return w;
  }

  private static int indexOf(byte[] text, int length, byte[] what, int from) {
    for (int i = from; i + what.length <= length; i++) {
      if (startsWith(text, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] text, int length, byte[] what) {
    for (int i = length - what.length; i >= 0; i--) {
      if (startsWith(text, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] text, int at, byte[] what) {
    for (int k = 0; k < what.length; k++) {
      if (text[at + k] != what[k]) {
        return false;
      }
    }
    return true;
  }

  /** A byte buffer whose bytes can be edited in place, without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(1 << 18);
    }

    byte[] bytes() {
      return buf;
    }
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String escape(String text) {
    return HotspotLayer.escape(text);
  }
}
