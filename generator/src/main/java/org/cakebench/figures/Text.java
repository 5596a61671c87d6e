package org.cakebench.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Measures and paints single lines of text as glyph outlines, the way XChart paints its own labels,
 * so that SVG and PNG look alike and do not depend on the viewer's fonts.
 */
final class Text {
  // Antialiased, with fractional metrics: glyphs at their true advances. Rounded to whole pixels
  // (XChart's default), the 2x PNG doubles each rounding into visible gaps ("S huffleNet",
  // "MNAS Net" in the κ matrices' labels).
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** Where a text's anchor point lies relative to the text. */
  enum Align {
    START,
    CENTRE,
    END
  }

  private Text() {}

  /** The advance width of {@code text} in {@code font}. */
  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : new TextLayout(text, font, CONTEXT).getAdvance();
  }

  /** The widest of {@code texts}. */
  static double maxWidth(Iterable<String> texts, Font font) {
    double max = 0;
    for (String t : texts) {
      max = Math.max(max, width(t, font));
    }
    return max;
  }

  /** Cap height of {@code font}: the height centred text is aligned on. */
  static double capHeight(Font font) {
    return new TextLayout("H", font, CONTEXT).getBounds().getHeight();
  }

  /**
   * Paints {@code text} so that the point ({@code x}, {@code y}) sits at the horizontal position
   * {@code h} and the vertical position {@code v} of its cap-height box, rotated by {@code degrees}
   * counter-clockwise around that point.
   */
  static void draw(
      Graphics2D g,
      String text,
      Font font,
      Color colour,
      double x,
      double y,
      Align h,
      Align v,
      double degrees) {
    if (text.isEmpty()) {
      return;
    }
    TextLayout layout = new TextLayout(text, font, CONTEXT);
    double w = layout.getAdvance();
    double cap = capHeight(font);
    double dx =
        switch (h) {
          case START -> 0;
          case CENTRE -> -w / 2;
          case END -> -w;
        };
    double dy =
        switch (v) {
          case START -> cap;
          case CENTRE -> cap / 2;
          case END -> 0;
        };
    AffineTransform at = AffineTransform.getTranslateInstance(x, y);
    at.rotate(Math.toRadians(-degrees));
    at.translate(dx, dy);
    g.setColor(colour);
    g.fill(layout.getOutline(at));
  }

  /** Paints {@code text} unrotated. */
  static void draw(
      Graphics2D g, String text, Font font, Color colour, double x, double y, Align h, Align v) {
    draw(g, text, font, colour, x, y, h, v, 0);
  }

  /**
   * The box {@code text} covers when drawn unrotated at ({@code x}, {@code y}) with the anchors.
   */
  static Rectangle2D box(String text, Font font, double x, double y, Align h, Align v) {
    double w = width(text, font);
    double cap = capHeight(font);
    double left =
        switch (h) {
          case START -> x;
          case CENTRE -> x - w / 2;
          case END -> x - w;
        };
    double top =
        switch (v) {
          case START -> y;
          case CENTRE -> y - cap / 2;
          case END -> y - cap;
        };
    return new Rectangle2D.Double(left, top, w, cap);
  }
}
