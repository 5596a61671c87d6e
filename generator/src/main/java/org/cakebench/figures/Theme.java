package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The shared look of all figures: fonts, neutral colours and the XChart styler settings. */
final class Theme {
  /** Nominal figure width in CSS pixels; the page shows figures 700 to 900 pixels wide. */
  static final int WIDTH = 820;

  static final String FAMILY = Font.SANS_SERIF;
  static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
  static final Font AXIS_TITLE = new Font(FAMILY, Font.PLAIN, 13);
  static final Font TICK = new Font(FAMILY, Font.PLAIN, 12);
  static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 12);
  static final Font LEGEND_HEADING = new Font(FAMILY, Font.BOLD, 12);
  static final Font SMALL = new Font(FAMILY, Font.PLAIN, 10);
  static final Font PANEL = new Font(FAMILY, Font.BOLD, 12);

  static final Color TEXT = new Color(34, 34, 34);
  static final Color MUTED = new Color(110, 110, 110);
  static final Color AXIS = new Color(150, 150, 150);
  static final Color GRID = new Color(232, 232, 232);
  static final Color CHANCE = new Color(140, 140, 140);
  static final Color EMPTY = new Color(245, 245, 245);
  static final Color TRANSPARENT = new Color(255, 255, 255, 0);

  /** Opacity (0-255) of models outside the paper where they are context for the paper's. */
  static final int CONTEXT_ALPHA = 120;

  /** Dotted line of the chance level and other references. */
  static final BasicStroke DOTTED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 4f}, 0f);

  /** Dashed reference line (e.g. the humans' value in a ranking). */
  static final BasicStroke DASHED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  static final BasicStroke HAIRLINE = new BasicStroke(1f);

  /** Outline of the lighter bars and boxes of a second kind (e.g. datasets added later). */
  static final BasicStroke OUTLINE = new BasicStroke(1.2f);

  private Theme() {}

  /** Applies the house style to an XChart axes chart: no title, no legend, white, quiet grid. */
  static void apply(AxesChartStyler s) {
    base(s);
    // Breathing room so axis titles and the plot border never touch the image edge.
    s.setChartPadding(5);
    s.setAxisTickLabelsFont(TICK);
    s.setAxisTitleFont(AXIS_TITLE);
    s.setAxisTickLabelsColor(TEXT);
    s.setAxisTickMarksColor(AXIS);
    s.setAxisTickMarkLength(4);
    s.setAxisTickPadding(5);
    s.setAxisTitlePadding(8);
    s.setAxisTicksLineVisible(false);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(AXIS);
    s.setPlotGridLinesVisible(true);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(HAIRLINE);
    s.setPlotMargin(0);
    s.setPlotContentSize(1.0);
    s.setMarkerSize(9);
    // Decimal points, not commas, whatever the machine's locale.
    s.setLocale(Locale.ROOT);
  }

  /** Settings every XChart chart shares. */
  static void base(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartFontColor(TEXT);
    s.setChartTitleVisible(false);
    s.setLegendVisible(false);
    s.setChartPadding(0);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
  }

  /** {@code colour} mixed with three parts white: the fill of lighter bars. */
  static Color light(Color colour) {
    return new Color(
        (colour.getRed() + 3 * 255) / 4,
        (colour.getGreen() + 3 * 255) / 4,
        (colour.getBlue() + 3 * 255) / 4);
  }

  /** {@code colour} with the given opacity (0-255). */
  static Color alpha(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /**
   * {@code colour} darkened until text in it reaches a contrast of 4.5:1 on white (WCAG AA), so
   * that light group colours (grey, orange) stay readable as label colours.
   */
  static Color readable(Color colour) {
    Color c = colour;
    while (contrastOnWhite(c) < 4.5) {
      c =
          new Color(
              (int) (c.getRed() * 0.9), (int) (c.getGreen() * 0.9), (int) (c.getBlue() * 0.9));
    }
    return c;
  }

  private static double contrastOnWhite(Color c) {
    double l =
        0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    return 1.05 / (l + 0.05);
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** Parses {@code #rrggbb}. */
  static Color colour(String hex) {
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
