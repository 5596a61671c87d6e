package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One plot of a measure against the conditions of a parametric dataset, placed in a rectangle of a
 * figure: a line of markers per observer (models outside the paper beneath the paper's, humans on
 * top), the conditions evenly spaced with their labels and axis title below, a dotted reference
 * line, and a hotspot per marker naming observer, condition and value. {@link ConditionLinePlot}
 * draws one beside a legend, {@link AccuracyGrid} one per dataset.
 */
final class ConditionPanel {
  /** Room below the plot for the condition labels and the axis title. */
  static final int AXIS = 52;

  private static final double HOTSPOT_RADIUS = 6;

  /**
   * How the panel looks.
   *
   * @param tick font of the condition labels and axis title
   * @param markerSize marker size in pixels
   * @param yTitle whether to show the y axis title
   */
  record Look(Font tick, int markerSize, boolean yTitle) {}

  private ConditionPanel() {}

  /**
   * Adds the panel for {@code spec} to {@code canvas}: the chart with its y axis in the rectangle
   * ({@code x}, {@code y}, {@code width}, {@code height} minus {@link #AXIS}), the x axis below.
   * {@code drawn} are the observers as they look here, {@code lines} their strokes.
   */
  static ChartPanel add(
      Canvas canvas,
      ConditionLinePlot.Spec spec,
      List<ObserverStyle> drawn,
      Map<String, BasicStroke> lines,
      double x,
      double y,
      int width,
      int height,
      Look look) {
    int n = spec.conditions().size();
    int plotHeight = height - AXIS;
    XYChart chart = new XYChartBuilder().width(width).height(plotHeight).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setMarkerSize(look.markerSize());
    s.setXAxisTicksVisible(false);
    s.setPlotGridVerticalLinesVisible(false);
    s.setXAxisMin(-0.5);
    s.setXAxisMax(n - 0.5);
    // A little room beyond the range so markers at 0 and 1 are not cut by the plot border.
    double pad = 0.03 * (spec.yMax() - spec.yMin());
    s.setYAxisMin(spec.yMin() - pad);
    s.setYAxisMax(spec.yMax() + pad);
    s.setYAxisDecimalPattern("0.0");
    if (look.yTitle()) {
      chart.setYAxisTitle(spec.yTitle());
    }

    XYSeries ref =
        chart.addSeries(
            "reference",
            new double[] {-0.5, n - 0.5},
            new double[] {spec.reference(), spec.reference()});
    ref.setMarker(SeriesMarkers.NONE);
    ref.setLineColor(Theme.CHANCE);
    ref.setLineStyle(Theme.DOTTED);

    List<Integer> order = ObserverStyles.paintOrder(drawn);
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      double[] ys = spec.values().get(o.id());
      List<Double> xs = new ArrayList<>();
      List<Double> vs = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        if (Double.isFinite(ys[c])) {
          xs.add((double) c);
          vs.add(ys[c]);
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

    ChartPanel panel = new ChartPanel(chart, x, y, width, plotHeight);
    canvas.add(panel);
    canvas.add(g -> paintXAxis(g, panel.frame(), spec, look.tick()));
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
    canvas.spots(() -> hotspots(panel.frame(), spec, drawn, order));
    return panel;
  }

  /** One per marker, in paint order, so that where markers overlap the top one answers. */
  private static List<Hotspot> hotspots(
      Frame f, ConditionLinePlot.Spec spec, List<ObserverStyle> drawn, List<Integer> order) {
    List<Hotspot> spots = new ArrayList<>();
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      double[] ys = spec.values().get(o.id());
      for (int c = 0; c < ys.length; c++) {
        if (Double.isFinite(ys[c])) {
          String tooltip =
              o.name() + ", " + spec.conditionNames().get(c) + ": " + spec.valueText().apply(ys[c]);
          spots.add(Hotspot.marker(f.x(c), f.y(ys[c]), HOTSPOT_RADIUS, o, tooltip));
        }
      }
    }
    return spots;
  }

  private static void paintXAxis(Graphics2D g, Frame f, ConditionLinePlot.Spec spec, Font font) {
    List<String> labels = spec.conditions();
    double slot = (f.right() - f.left()) / labels.size();
    boolean rotate = Text.maxWidth(labels, font) > slot - 6;
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int i = 0; i < labels.size(); i++) {
      double x = f.x(i);
      g.draw(new Line2D.Double(x, f.bottom(), x, f.bottom() + 4));
      if (rotate) {
        Text.draw(
            g,
            labels.get(i),
            font,
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
            font,
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
        font.getSize() < Theme.AXIS_TITLE.getSize() ? font : Theme.AXIS_TITLE,
        Theme.TEXT,
        (f.left() + f.right()) / 2,
        f.bottom() + 32,
        Text.Align.CENTRE,
        Text.Align.START);
  }
}
