package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A continuous colour map from {@code min} to {@code max} through evenly spaced colour stops, the
 * way XChart's heat map interpolates its range colours, with a colour bar to explain it.
 */
final class ColourScale {
  /** White to the paper's red, for percentages (confusion matrices). */
  static final ColourScale PERCENT =
      new ColourScale(0, 100, new Color[] {Color.WHITE, new Color(165, 30, 55)});

  /** Blue - white - red, centred at 0, for kappa from -1 to 1. */
  static final ColourScale KAPPA =
      new ColourScale(
          -1,
          1,
          new Color[] {
            new Color(33, 102, 172),
            new Color(146, 197, 222),
            Color.WHITE,
            new Color(244, 165, 130),
            new Color(178, 24, 43)
          });

  private static final int STEPS = 64;
  // A resampled scale has a stop every this many units (so at 0 when its ends are tenths): XChart
  // interpolates between evenly spaced stops only.
  private static final double STOP_SPACING = 0.025;

  private final double min;
  private final double max;
  private final Color[] stops;

  ColourScale(double min, double max, Color[] stops) {
    this.min = min;
    this.max = max;
    this.stops = stops.clone();
  }

  /**
   * The blue-white-red kappa scale over just {@code min} to {@code max} (min at most 0, max at
   * least 0): white stays at 0, and equal distances from 0 keep equal strength on both sides, the
   * strongest colour at the end further from 0.
   */
  static ColourScale kappa(double min, double max) {
    double reach = Math.max(-min, max);
    ColourScale symmetric = new ColourScale(-reach, reach, KAPPA.stops);
    Color[] stops = new Color[Math.max(2, (int) Math.round((max - min) / STOP_SPACING) + 1)];
    for (int i = 0; i < stops.length; i++) {
      stops[i] = symmetric.colour(min + (max - min) * i / (stops.length - 1));
    }
    return new ColourScale(min, max, stops);
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  /** The colour stops, for XChart's {@code setRangeColors}. */
  Color[] stops() {
    return stops.clone();
  }

  /** The colour of {@code value}, clamped to the range. */
  Color colour(double value) {
    double t = Math.max(0, Math.min(1, (value - min) / (max - min)));
    double index = t * (stops.length - 1);
    // A value on a stop (0 on a resampled kappa scale) is that stop's colour, not a rounding off
    // it.
    long nearest = Math.round(index);
    if (Math.abs(index - nearest) < 1e-9) {
      return stops[(int) nearest];
    }
    int i = Math.min((int) index, stops.length - 2);
    double f = index - i;
    Color a = stops[i];
    Color b = stops[i + 1];
    return new Color(
        (int) (a.getRed() + f * (b.getRed() - a.getRed())),
        (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  /**
   * Paints a vertical colour bar (max at the top) in the rectangle, with tick labels at {@code
   * ticks} to its right and {@code title} rotated beside them.
   */
  void paintVertical(
      Graphics2D g,
      double x,
      double y,
      double w,
      double h,
      List<Double> ticks,
      DoubleFunction<String> label,
      String title) {
    double step = h / STEPS;
    for (int i = 0; i < STEPS; i++) {
      double v = max - (i + 0.5) / STEPS * (max - min);
      g.setColor(colour(v));
      // Overlap each slice a little so no hairline gaps show between them.
      g.fill(new Rectangle2D.Double(x, y + i * step, w, step + 0.5));
    }
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    g.draw(new Rectangle2D.Double(x, y, w, h));
    double labelWidth = 0;
    for (double t : ticks) {
      double ty = y + (max - t) / (max - min) * h;
      g.setColor(Theme.AXIS);
      g.draw(new Line2D.Double(x + w, ty, x + w + 4, ty));
      String text = label.apply(t);
      labelWidth = Math.max(labelWidth, Text.width(text, Theme.TICK));
      Text.draw(
          g, text, Theme.TICK, Theme.TEXT, x + w + 7, ty, Text.Align.START, Text.Align.CENTRE);
    }
    Text.draw(
        g,
        title,
        Theme.AXIS_TITLE,
        Theme.TEXT,
        x + w + 14 + labelWidth + Text.capHeight(Theme.AXIS_TITLE),
        y + h / 2,
        Text.Align.CENTRE,
        Text.Align.END,
        90);
  }

  /**
   * Paints a horizontal colour bar (min at the left) in the rectangle, with tick labels below and
   * {@code title} to its left.
   */
  void paintHorizontal(
      Graphics2D g,
      double x,
      double y,
      double w,
      double h,
      List<Double> ticks,
      DoubleFunction<String> label,
      String title) {
    double step = w / STEPS;
    for (int i = 0; i < STEPS; i++) {
      double v = min + (i + 0.5) / STEPS * (max - min);
      g.setColor(colour(v));
      g.fill(new Rectangle2D.Double(x + i * step, y, step + 0.5, h));
    }
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    g.draw(new Rectangle2D.Double(x, y, w, h));
    for (double t : ticks) {
      double tx = x + (t - min) / (max - min) * w;
      g.setColor(Theme.AXIS);
      g.draw(new Line2D.Double(tx, y + h, tx, y + h + 3));
      Text.draw(
          g,
          label.apply(t),
          Theme.SMALL,
          Theme.TEXT,
          tx,
          y + h + 5,
          Text.Align.CENTRE,
          Text.Align.START);
    }
    Text.draw(
        g, title, Theme.TICK, Theme.TEXT, x - 10, y + h / 2, Text.Align.END, Text.Align.CENTRE);
  }

  /** Width a vertical bar of width {@code w} needs with its labels and title. */
  static double verticalWidth(double w, List<String> labels) {
    return w + 14 + Text.maxWidth(labels, Theme.TICK) + Text.capHeight(Theme.AXIS_TITLE) + 6;
  }
}
