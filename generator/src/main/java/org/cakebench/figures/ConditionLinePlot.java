package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cakebench.data.ObserverGroup;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a measure against the conditions of a parametric dataset, one line of markers per observer
 * (the layout of the paper's Figure 1): the conditions evenly spaced in registry order with their
 * plot labels, a dotted reference line and the legend to the right of the plot.
 */
final class ConditionLinePlot {
  /** Observers beyond this many are explained by style, not by name. */
  static final int NAMED_LEGEND = 12;

  private static final int HEIGHT = 440;
  private static final int TOP = 34;
  private static final int BOTTOM = 52;

  /**
   * What to draw.
   *
   * @param title panel title (the dataset)
   * @param conditions x tick labels in order
   * @param xTitle x axis title
   * @param yTitle y axis title
   * @param yMin y axis minimum
   * @param yMax y axis maximum
   * @param observers observers in legend order
   * @param values per observer id, one value per condition (NaN: none)
   * @param reference y of the dotted reference line
   * @param referenceLabel its label
   */
  record Spec(
      String title,
      List<String> conditions,
      String xTitle,
      String yTitle,
      double yMin,
      double yMax,
      List<ObserverStyle> observers,
      Map<String, double[]> values,
      double reference,
      String referenceLabel) {}

  private ConditionLinePlot() {}

  static Drawing draw(Spec spec) {
    boolean named = spec.observers().size() <= NAMED_LEGEND;
    Map<String, BasicStroke> lines =
        named ? LineStyles.distinct(spec.observers()) : LineStyles.solid(spec.observers());
    Legend legend = Legend.observers(spec.observers(), lines, NAMED_LEGEND);
    double legendWidth = legend.columnWidth();
    int plotWidth = (int) Math.round(Theme.WIDTH - legendWidth - 28);
    int n = spec.conditions().size();

    XYChart chart = new XYChartBuilder().width(plotWidth).height(HEIGHT - TOP - BOTTOM).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setXAxisTicksVisible(false);
    s.setPlotGridVerticalLinesVisible(false);
    s.setXAxisMin(-0.5);
    s.setXAxisMax(n - 0.5);
    // A little room beyond the range so markers at 0 and 1 are not cut by the plot border.
    double pad = 0.03 * (spec.yMax() - spec.yMin());
    s.setYAxisMin(spec.yMin() - pad);
    s.setYAxisMax(spec.yMax() + pad);
    s.setYAxisDecimalPattern("0.0");
    chart.setYAxisTitle(spec.yTitle());

    XYSeries ref =
        chart.addSeries(
            "reference",
            new double[] {-0.5, n - 0.5},
            new double[] {spec.reference(), spec.reference()});
    ref.setMarker(SeriesMarkers.NONE);
    ref.setLineColor(Theme.CHANCE);
    ref.setLineStyle(Theme.DOTTED);

    // Humans last, so that their line lies on top as in the paper.
    List<ObserverStyle> paintOrder = new ArrayList<>(spec.observers());
    paintOrder.sort(
        (a, b) ->
            Boolean.compare(a.group() == ObserverGroup.HUMAN, b.group() == ObserverGroup.HUMAN));
    for (ObserverStyle o : paintOrder) {
      double[] ys = spec.values().get(o.id());
      List<Double> xs = new ArrayList<>();
      List<Double> vs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(ys[i])) {
          xs.add((double) i);
          vs.add(ys[i]);
        }
      }
      if (xs.isEmpty()) {
        continue;
      }
      XYSeries series = chart.addSeries(o.id(), xs, vs);
      series.setMarker(o.marker());
      series.setMarkerColor(o.colour());
      series.setLineColor(o.colour());
      series.setLineStyle(lines.get(o.id()));
    }

    ChartPanel panel = new ChartPanel(chart, 0, TOP, plotWidth, HEIGHT - TOP - BOTTOM);
    Canvas canvas = new Canvas(Theme.WIDTH, HEIGHT);
    canvas.add(
        g ->
            Text.draw(
                g,
                spec.title(),
                Theme.TITLE,
                Theme.TEXT,
                panel.frame().left(),
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintXAxis(g, panel.frame(), spec));
    canvas.add(
        g -> {
          Frame f = panel.frame();
          Text.draw(
              g,
              spec.referenceLabel(),
              Theme.SMALL,
              Theme.MUTED,
              f.x(-0.5) + 4,
              f.y(spec.reference()) - 4,
              Text.Align.START,
              Text.Align.END);
        });
    canvas.add(g -> legend.paint(g, plotWidth + 22, panel.frame().top(), legendWidth));
    return canvas;
  }

  private static void paintXAxis(Graphics2D g, Frame f, Spec spec) {
    List<String> labels = spec.conditions();
    double slot = (f.right() - f.left()) / labels.size();
    boolean rotate = Text.maxWidth(labels, Theme.TICK) > slot - 6;
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int i = 0; i < labels.size(); i++) {
      double x = f.x(i);
      g.draw(new Line2D.Double(x, f.bottom(), x, f.bottom() + 4));
      if (rotate) {
        Text.draw(
            g,
            labels.get(i),
            Theme.TICK,
            Theme.TEXT,
            x,
            f.bottom() + 8,
            Text.Align.END,
            Text.Align.CENTRE,
            30);
      } else {
        Text.draw(
            g,
            labels.get(i),
            Theme.TICK,
            Theme.TEXT,
            x,
            f.bottom() + 9,
            Text.Align.CENTRE,
            Text.Align.START);
      }
    }
    Text.draw(
        g,
        spec.xTitle(),
        Theme.AXIS_TITLE,
        Theme.TEXT,
        (f.left() + f.right()) / 2,
        f.bottom() + 32,
        Text.Align.CENTRE,
        Text.Align.START);
  }
}
