package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.PaperSection;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

/**
 * Error consistency with humans against OOD accuracy, one labelled point per observer (humans:
 * between participants), from the benchmark scores of the models with trials on every dataset.
 */
final class ConsistencyAccuracyScatter implements Figure {
  private static final int HEIGHT = 520;
  private static final int TOP = 36;

  private final List<ObserverStyle> observers = new ArrayList<>();
  private final List<double[]> points = new ArrayList<>();
  private final String missing;
  private final String leftOut;

  ConsistencyAccuracyScatter(AnalysisResults results, ObserverStyles styles) {
    BenchmarkSelection selection = BenchmarkSelection.of(results, styles);
    for (BenchmarkScores s : selection.included()) {
      observers.add(styles.style(s.observer()));
      points.add(new double[] {s.oodAccuracy(), s.errorConsistency()});
    }
    this.missing = styles.missingPaperModels(results.benchmark().keySet());
    this.leftOut = selection.note();
  }

  @Override
  public String id() {
    return "consistency-vs-accuracy";
  }

  @Override
  public PaperSection section() {
    return PaperSection.BENCHMARK;
  }

  @Override
  public String title() {
    return "Error consistency vs. OOD accuracy";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Error consistency with humans (kappa, mean over humans, conditions and datasets)"
            + " against OOD accuracy for "
            + Captions.who(observers)
            + "; for humans, consistency between pairs of participants and their own accuracy.",
        "Up and to the right is more accurate and more human-like in which images it gets wrong.",
        leftOut,
        missing);
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      parts.add(
          observers.get(i).name()
              + " accuracy "
              + Captions.value(points.get(i)[0])
              + ", kappa "
              + Captions.value(points.get(i)[1]));
    }
    return "Scatter plot of error consistency against OOD accuracy: "
        + String.join("; ", parts)
        + ".";
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("observer", "name", "group", "ood_accuracy", "error_consistency");
    for (int i = 0; i < observers.size(); i++) {
      ObserverStyle o = observers.get(i);
      table.row(o.id(), o.name(), o.group().key(), points.get(i)[0], points.get(i)[1]);
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    double[] xs = points.stream().mapToDouble(p -> p[0]).filter(Double::isFinite).toArray();
    double[] ys = points.stream().mapToDouble(p -> p[1]).filter(Double::isFinite).toArray();
    double xMin = Math.max(0, Math.floor((min(xs, 0.5) - 0.05) * 10) / 10);
    double xMax = Math.min(1, Math.ceil((max(xs, 0.5) + 0.05) * 10) / 10);
    double yMin = Math.min(0, Math.floor((min(ys, 0) - 0.05) * 10) / 10);
    double yMax = Math.max(0.5, Math.ceil((max(ys, 0.5) + 0.05) * 10) / 10);
    double xPad = 0.02 * (xMax - xMin);
    double yPad = 0.02 * (yMax - yMin);

    int width = Theme.WIDTH;
    XYChart chart = new XYChartBuilder().width(width - 8).height(HEIGHT - TOP - 4).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setXAxisMin(xMin - xPad);
    s.setXAxisMax(xMax + xPad);
    s.setYAxisMin(yMin - yPad);
    s.setYAxisMax(yMax + yPad);
    s.setXAxisDecimalPattern("0.0");
    s.setYAxisDecimalPattern("0.0");
    s.setMarkerSize(10);
    chart.setXAxisTitle("OOD accuracy");
    chart.setYAxisTitle("Error consistency with humans (\u03ba)");
    for (int i = 0; i < observers.size(); i++) {
      double[] p = points.get(i);
      if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
        continue;
      }
      ObserverStyle o = observers.get(i);
      XYSeries dot = chart.addSeries(o.id(), new double[] {p[0]}, new double[] {p[1]});
      dot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dot.setMarker(o.marker());
      dot.setMarkerColor(o.colour());
    }
    ChartPanel panel = new ChartPanel(chart, 0, TOP, width - 8, HEIGHT - TOP - 4);
    Canvas canvas = new Canvas(width, HEIGHT);
    canvas.add(
        g ->
            Text.draw(
                g, title(), Theme.TITLE, Theme.TEXT, 4, 16, Text.Align.START, Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintLabels(g, panel.frame()));
    return canvas;
  }

  private void paintLabels(Graphics2D g, Frame f) {
    List<Point2D> screen = new ArrayList<>();
    for (double[] p : points) {
      screen.add(new Point2D.Double(f.x(p[0]), f.y(p[1])));
    }
    Rectangle2D plot =
        new Rectangle2D.Double(f.left(), f.top(), f.right() - f.left(), f.bottom() - f.top());
    LabelPlacer placer = new LabelPlacer(plot, Theme.LEGEND, screen);
    for (int i = 0; i < observers.size(); i++) {
      double[] p = points.get(i);
      if (!Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
        continue;
      }
      ObserverStyle o = observers.get(i);
      LabelPlacer.Placement at = placer.place(o.name(), screen.get(i));
      Color colour = Theme.readable(o.colour());
      if (at.leader()) {
        Point2D from = screen.get(i);
        g.setColor(Theme.alpha(colour, 190));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(from.getX(), from.getY(), at.x(), at.y()));
      }
      Text.draw(g, o.name(), Theme.LEGEND, colour, at.x(), at.y(), at.h(), at.v());
    }
  }

  private static double min(double[] values, double fallback) {
    return java.util.Arrays.stream(values).min().orElse(fallback);
  }

  private static double max(double[] values, double fallback) {
    return java.util.Arrays.stream(values).max().orElse(fallback);
  }
}
