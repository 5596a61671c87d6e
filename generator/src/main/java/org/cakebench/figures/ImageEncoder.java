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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link Drawing} into SVG (XChart's vector back end, VectorGraphics2D, with the drawing's
 * hotspots as a last layer) and PNG bytes. Both are byte-for-byte reproducible: the SVG has no time
 * stamps and its clip ids derive from the shapes, and {@link PngWriter} writes pixels only.
 */
final class ImageEncoder {
  private static final Pattern SVG_OPEN = Pattern.compile("<svg[^>]*>");

  private ImageEncoder() {}

  /** SVG of {@code drawing} with a title and description for screen readers. */
  static byte[] svg(Drawing drawing, String title, String description) {
    VectorGraphics2D g = new VectorGraphics2D();
    drawing.paint(g);
    PageSize page = new PageSize(0, 0, drawing.width(), drawing.height());
    Document document = new SVGProcessor().getDocument(g.getCommands(), page);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
    try {
      document.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    text = twoDecimals(text);
    Matcher open = SVG_OPEN.matcher(text);
    if (open.find()) {
      String accessible =
          open.group().replace("<svg ", "<svg role=\"img\" aria-label=\"" + escape(title) + "\" ")
              + "\n  <title>"
              + escape(title)
              + "</title>\n  <desc>"
              + escape(description)
              + "</desc>";
      text = text.substring(0, open.start()) + accessible + text.substring(open.end());
    }
    int close = text.lastIndexOf("</svg>");
    if (close >= 0) {
      text =
          text.substring(0, close) + HotspotLayer.svg(drawing.hotspots()) + text.substring(close);
    }
    return text.getBytes(StandardCharsets.UTF_8);
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
   * {@code text} with every decimal number cut to two decimals: hundredths of a pixel are plenty,
   * and the recorder writes up to 16 digits. (The regular expression {@code (\\d\\.\\d{2})\\d+}
   * replaced by {@code $1}, in one pass: the figures of a hundred models are megabytes.)
   */
  static String twoDecimals(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      if (i + 4 < n
          && isDigit(text.charAt(i))
          && text.charAt(i + 1) == '.'
          && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))
          && isDigit(text.charAt(i + 4))) {
        out.append(text, i, i + 4);
        i += 4;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String escape(String text) {
    return HotspotLayer.escape(text);
  }
}
