package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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

  /** Half the width of an error bar's caps in pixels, at the full plot's marker size. */
  private static final double CAP = 4;

  private static final BasicStroke HUMAN_BAR =
      new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  private static final BasicStroke MODEL_BAR =
      new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  /** A model's bar among many: a faint strip, so that overlapping strips darken where most lie. */
  private static final BasicStroke CROWDED_BAR =
      new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  /** Opacity of a model's bar while the legend names every observer. */
  private static final int MODEL_ALPHA = 150;

  /** Opacity of a model's bar beyond, so that where many overlap they read as a band. */
  private static final int CROWDED_ALPHA = 28;

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
    // The models' bars beneath every line, so that no bar covers a marker; the humans' over the
    // models' lines, beneath their own line, as theirs is the interval every model is compared
    // with.
    boolean crowded = drawn.size() > ConditionLinePlot.NAMED_LEGEND;
    double cap = Math.min(0.25, CAP / Math.max(1, (width - 50.0) / n)) * look.markerSize() / 9.0;
    for (int i : order) {
      if (drawn.get(i).group() != ObserverGroup.HUMAN) {
        addBars(chart, spec.bars(), drawn.get(i), n, crowded, cap);
      }
    }
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      if (o.group() == ObserverGroup.HUMAN) {
        addBars(chart, spec.bars(), o, n, crowded, cap);
      }
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

  /**
   * The error bars of observer {@code o}, one series each. The humans' bars are drawn strongest.
   * While the legend names every observer, a model's bar has caps and its colour; beyond, it is a
   * faint strip without caps, so that together the models' bars read as a band that darkens where
   * most intervals lie rather than as a comb of ticks (thin lines at one x would merge into one
   * line, hence the strips' width). {@code cap} is half the caps' width in condition units.
   */
  private static void addBars(
      XYChart chart,
      ConditionLinePlot.Bars bars,
      ObserverStyle o,
      int conditions,
      boolean crowded,
      double cap) {
    boolean human = o.group() == ObserverGroup.HUMAN;
    double w = human || !crowded ? cap : 0;
    int alpha = Math.min(o.colour().getAlpha(), crowded ? CROWDED_ALPHA : MODEL_ALPHA);
    Color colour = human ? o.colour() : Theme.alpha(o.colour(), alpha);
    for (int c = 0; c < conditions; c++) {
      if (!bars.has(o.id(), c)) {
        continue;
      }
      double lo = bars.low().get(o.id())[c];
      double hi = bars.high().get(o.id())[c];
      // One path: the lower cap, up the bar, the upper cap. A strip has no caps, and caps of no
      // width would still be drawn, as four empty segments per bar: at a hundred models, a third
      // of the figures' SVG elements.
      boolean caps = w > 0;
      XYSeries bar =
          chart.addSeries(
              o.id() + " bar " + c,
              caps ? new double[] {c - w, c + w, c, c, c - w, c + w} : new double[] {c, c},
              caps ? new double[] {lo, lo, lo, hi, hi, hi} : new double[] {lo, hi});
      bar.setMarker(SeriesMarkers.NONE);
      bar.setLineColor(colour);
      bar.setLineStyle(human ? HUMAN_BAR : crowded ? CROWDED_BAR : MODEL_BAR);
    }
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
              o.name()
                  + ", "
                  + spec.conditionNames().get(c)
                  + ": "
                  + spec.valueText().apply(ys[c])
                  + spec.bars().note(o.id(), c);
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
