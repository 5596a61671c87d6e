package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;
import org.knowm.xchart.XYChart;

/**
 * Accuracy on datasets without conditions when there are too many observers for a bar each: one
 * column per dataset, one marker per observer spread sideways in it (models outside the paper faded
 * and beneath, humans on top), chance dotted, and a legend of styles. Each marker is a hotspot.
 */
final class AccuracyStrips {
  private static final int HEIGHT = 420;
  private static final int TOP = 36;
  private static final int BOTTOM = 46;
  private static final double SPREAD = 0.6;
  private static final int MARKER = 7;

  private AccuracyStrips() {}

  /**
   * The strips of {@code accuracy} (per observer id, one value per dataset, NaN: no trials), titled
   * {@code title}, with a dotted line at {@code chance}.
   */
  static Drawing draw(
      String title,
      List<Dataset> datasets,
      List<ObserverStyle> observers,
      Map<String, double[]> accuracy,
      double chance) {
    List<ObserverStyle> drawn = ConditionLinePlot.looks(observers);
    Legend legend = Legend.observers(drawn, new LinkedHashMap<>(), ConditionLinePlot.NAMED_LEGEND);
    double legendWidth = legend.columnWidth();
    int plotWidth = (int) Math.round(Theme.WIDTH - legendWidth - 30);
    int n = datasets.size();

    XYChart chart = CategoryAccuracyChart.of(plotWidth, HEIGHT - TOP - BOTTOM, n, chance);
    ChartPanel panel = new ChartPanel(chart, 0, TOP, plotWidth, HEIGHT - TOP - BOTTOM);
    List<Integer> order = ObserverStyles.paintOrder(drawn);

    Canvas canvas = new Canvas(Theme.WIDTH, HEIGHT);
    canvas.add(
        g ->
            Text.draw(
                g, title, Theme.TITLE, Theme.TEXT, 4, 16, Text.Align.START, Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintColumns(g, panel.frame(), datasets));
    canvas.add(g -> paintDots(g, panel.frame(), drawn, accuracy, order));
    canvas.add(legend, plotWidth + 22, panel.frame().top(), legendWidth);
    canvas.spots(() -> hotspots(panel.frame(), datasets, drawn, accuracy, order));
    return canvas;
  }

  /** The x of observer {@code k}'s dot in column {@code column}: spread the same way every run. */
  private static double x(int column, int k) {
    return column + (((k + 1) * 0.6180339887) % 1.0 - 0.5) * SPREAD;
  }

  private static void paintDots(
      Graphics2D g,
      Frame f,
      List<ObserverStyle> drawn,
      Map<String, double[]> accuracy,
      List<Integer> order) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setStroke(new BasicStroke(1f));
    for (int k : order) {
      ObserverStyle o = drawn.get(k);
      double[] v = accuracy.get(o.id());
      g.setColor(o.colour());
      for (int d = 0; d < v.length; d++) {
        if (Double.isFinite(v[d])) {
          o.marker().paint(g, f.x(x(d, k)), f.y(v[d]), MARKER);
        }
      }
    }
  }

  private static List<Hotspot> hotspots(
      Frame f,
      List<Dataset> datasets,
      List<ObserverStyle> drawn,
      Map<String, double[]> accuracy,
      List<Integer> order) {
    List<Hotspot> spots = new ArrayList<>();
    for (int k : order) {
      ObserverStyle o = drawn.get(k);
      double[] v = accuracy.get(o.id());
      for (int d = 0; d < v.length; d++) {
        if (Double.isFinite(v[d])) {
          String tooltip =
              o.name()
                  + ", "
                  + Captions.lower(datasets.get(d).title())
                  + ": accuracy "
                  + Captions.percent(v[d], 1);
          spots.add(Hotspot.marker(f.x(x(d, k)), f.y(v[d]), MARKER / 2.0 + 1, o, tooltip));
        }
      }
    }
    return spots;
  }

  /** Each dataset's name under its column; those added after the paper say so. */
  private static void paintColumns(Graphics2D g, Frame f, List<Dataset> datasets) {
    for (int d = 0; d < datasets.size(); d++) {
      double x = f.x(d);
      g.setColor(Theme.AXIS);
      g.setStroke(Theme.HAIRLINE);
      g.draw(new Line2D.Double(x, f.bottom(), x, f.bottom() + 4));
      Dataset dataset = datasets.get(d);
      Text.draw(
          g,
          dataset.title(),
          Theme.TICK,
          Theme.TEXT,
          x,
          f.bottom() + 9,
          Text.Align.CENTRE,
          Text.Align.START);
      if (!dataset.inPaper()) {
        Text.draw(
            g,
            "added later",
            Theme.SMALL,
            Theme.MUTED,
            x,
            f.bottom() + 26,
            Text.Align.CENTRE,
            Text.Align.START);
      }
    }
  }
}
