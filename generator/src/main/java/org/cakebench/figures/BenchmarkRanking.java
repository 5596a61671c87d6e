package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One model-vs-human benchmark score as a ranking: a horizontal bar per observer, best first, the
 * humans' own value as a red bar and a dashed reference line. Only models with trials on every
 * dataset are ranked; the caption names the others ({@link BenchmarkSelection}).
 */
final class BenchmarkRanking implements Figure {
  /** The four benchmark scores. */
  enum Metric {
    OOD_ACCURACY(
        "ood-accuracy",
        "OOD accuracy",
        "OOD accuracy (mean over datasets)",
        "16-class accuracy, averaged over the benchmark conditions of each dataset and then over"
            + " datasets; higher is better.",
        true,
        BenchmarkScores::oodAccuracy),
    ACCURACY_DIFFERENCE(
        "accuracy-difference",
        "accuracy difference",
        "Accuracy difference to humans (mean squared)",
        "Mean squared difference between an observer's accuracy and each human's, per benchmark"
            + " condition; lower is closer to humans (for humans: between pairs of participants).",
        false,
        BenchmarkScores::accuracyDifference),
    OBSERVED_CONSISTENCY(
        "observed-consistency",
        "observed consistency",
        "Observed consistency with humans",
        "Share of trials on which an observer and a human are both right or both wrong, averaged"
            + " over humans, conditions and datasets; higher is closer to humans.",
        true,
        BenchmarkScores::observedConsistency),
    ERROR_CONSISTENCY(
        "error-consistency",
        "error consistency",
        "Error consistency with humans (\u03ba)",
        "Cohen's kappa on trial-by-trial correctness with each human, averaged over humans,"
            + " conditions and datasets; higher is closer to humans (0: chance overlap).",
        true,
        BenchmarkScores::errorConsistency);

    final String key;
    final String name;
    final String axis;
    final String explanation;
    final boolean higherIsBetter;
    final ToDoubleFunction<BenchmarkScores> value;

    Metric(
        String key,
        String name,
        String axis,
        String explanation,
        boolean higherIsBetter,
        ToDoubleFunction<BenchmarkScores> value) {
      this.key = key;
      this.name = name;
      this.axis = axis;
      this.explanation = explanation;
      this.higherIsBetter = higherIsBetter;
      this.value = value;
    }
  }

  private static final int ROW = 24;
  // Few bars get taller rows, so a short ranking does not shrink to a strip.
  private static final int MAX_ROW = 36;
  private static final int MIN_PLOT = 150;
  private static final int TITLE = 34;
  private static final int BOTTOM = 56;

  private final Metric metric;
  private final List<ObserverStyle> observers = new ArrayList<>();
  private final List<Double> values = new ArrayList<>();
  private final double humans;
  private final String missing;
  private final String leftOut;

  BenchmarkRanking(AnalysisResults results, ObserverStyles styles, Metric metric) {
    this.metric = metric;
    BenchmarkSelection selection = BenchmarkSelection.of(results, styles);
    List<BenchmarkScores> rows = new ArrayList<>(selection.included());
    Comparator<BenchmarkScores> byValue =
        Comparator.comparingDouble(
            s -> {
              double v = metric.value.applyAsDouble(s);
              return Double.isNaN(v) ? Double.POSITIVE_INFINITY : metric.higherIsBetter ? -v : v;
            });
    rows.sort(byValue.thenComparing(BenchmarkScores::observer));
    for (BenchmarkScores s : rows) {
      observers.add(styles.style(s.observer()));
      values.add(metric.value.applyAsDouble(s));
    }
    BenchmarkScores human = results.benchmark().get(Observers.HUMANS);
    this.humans = human == null ? Double.NaN : metric.value.applyAsDouble(human);
    this.missing = styles.missingPaperModels(results.benchmark().keySet());
    this.leftOut = selection.note();
  }

  @Override
  public String id() {
    return "benchmark-" + metric.key;
  }

  @Override
  public PaperSection section() {
    return PaperSection.BENCHMARK;
  }

  @Override
  public String title() {
    return "Benchmark: " + metric.name;
  }

  @Override
  public String caption() {
    return Captions.join(
        Character.toUpperCase(metric.name.charAt(0))
            + metric.name.substring(1)
            + " of "
            + Captions.who(observers)
            + ", "
            + (metric.higherIsBetter ? "highest" : "lowest")
            + " first.",
        metric.explanation,
        Double.isFinite(humans) ? "The dashed red line marks the humans' value." : "",
        leftOut,
        missing);
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      parts.add(observers.get(i).name() + " " + Captions.value(values.get(i)));
    }
    return "Horizontal bar chart of "
        + metric.name
        + ", best first: "
        + String.join(", ", parts)
        + ".";
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("rank", "observer", "name", "group", metric.key.replace('-', '_'));
    for (int i = 0; i < observers.size(); i++) {
      ObserverStyle o = observers.get(i);
      table.row(i + 1, o.id(), o.name(), o.group().key(), values.get(i));
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    int n = observers.size();
    double labelWidth =
        Text.maxWidth(observers.stream().map(ObserverStyle::name).toList(), Theme.TICK) + 12;
    int plotWidth = (int) Math.round(Theme.WIDTH - labelWidth - 50);
    int row = Math.max(ROW, Math.min(MAX_ROW, MIN_PLOT / Math.max(1, n)));
    int plotHeight = Math.max(1, n) * row;
    Legend legend = Legend.groups(observers);
    double legendWidth = Theme.WIDTH - 8;
    int plotTop = (int) Math.ceil(TITLE + legend.height(legendWidth) + 6);
    int height = plotTop + plotHeight + BOTTOM;
    double max =
        values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(1);
    double min =
        values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(0);
    // Shares run to 1; kappa and squared differences to a little past the largest value.
    boolean share = metric == Metric.OOD_ACCURACY || metric == Metric.OBSERVED_CONSISTENCY;
    double top = share ? Math.max(1, niceCeiling(max)) : niceCeiling(max * 1.12);
    double bottom = Math.min(0, -niceCeiling(-min * 1.12));
    // Some room at both ends, or XChart leaves out the end tick labels (0 and 1) that would
    // stick out of the plot.
    double pad = 14.0 / plotWidth * (top - bottom);
    double xMin = bottom - pad;
    double xMax = top + pad;
    String format = top <= 0.2 ? "%.3f" : "%.2f";

    XYChart chart = new XYChartBuilder().width(plotWidth).height(plotHeight + BOTTOM).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setYAxisTicksVisible(false);
    s.setPlotGridHorizontalLinesVisible(false);
    s.setXAxisMin(xMin);
    s.setXAxisMax(xMax);
    s.setYAxisMin(0.5);
    s.setYAxisMax(n + 0.5);
    s.setXAxisDecimalPattern(top <= 0.2 ? "0.00" : "0.0");
    chart.setXAxisTitle(metric.axis);

    List<XYSeries> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double v = values.get(i);
      if (!Double.isFinite(v)) {
        continue;
      }
      double y = n - i;
      XYSeries bar =
          chart.addSeries(observers.get(i).id(), new double[] {0, v}, new double[] {y, y});
      bar.setMarker(SeriesMarkers.NONE);
      bar.setLineColor(observers.get(i).colour());
      bars.add(bar);
    }
    if (Double.isFinite(humans)) {
      XYSeries ref =
          chart.addSeries(
              "humans reference", new double[] {humans, humans}, new double[] {0.5, n + 0.5});
      ref.setMarker(SeriesMarkers.NONE);
      ref.setLineColor(
          Theme.alpha(
              observers.stream()
                  .filter(o -> o.group() == ObserverGroup.HUMAN)
                  .findFirst()
                  .map(ObserverStyle::colour)
                  .orElse(Theme.TEXT),
              220));
      ref.setLineStyle(Theme.DASHED);
    }
    ChartPanel panel = new ChartPanel(chart, labelWidth, plotTop, plotWidth, plotHeight + BOTTOM);
    // Bars are thick butt-capped lines; their thickness follows the laid-out row height.
    float thickness = (float) (panel.frame().yScale() * 0.62);
    bars.forEach(
        b ->
            b.setLineStyle(
                new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)));

    Canvas canvas = new Canvas(Theme.WIDTH, height);
    canvas.add(
        g ->
            Text.draw(
                g, title(), Theme.TITLE, Theme.TEXT, 4, 16, Text.Align.START, Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintLabels(g, panel.frame(), format));
    canvas.add(g -> legend.paint(g, 4, TITLE - 4, legendWidth));
    return canvas;
  }

  private void paintLabels(Graphics2D g, Frame f, String format) {
    int n = observers.size();
    for (int i = 0; i < n; i++) {
      ObserverStyle o = observers.get(i);
      double y = f.y(n - i);
      Text.draw(
          g,
          o.name(),
          Theme.TICK,
          Theme.readable(o.colour()),
          f.left() - 8,
          y,
          Text.Align.END,
          Text.Align.CENTRE);
      double v = values.get(i);
      String label = Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "no data";
      double x = Double.isFinite(v) ? f.x(Math.max(v, 0)) + 4 : f.x(0) + 4;
      Text.draw(
          g,
          Captions.minus(label),
          Theme.SMALL,
          Theme.MUTED,
          x,
          y,
          Text.Align.START,
          Text.Align.CENTRE);
    }
  }

  /** The smallest of 0.05, 0.1, 0.2, 0.25, 0.5 steps' multiples at or above {@code v}. */
  private static double niceCeiling(double v) {
    if (v <= 0) {
      return 0;
    }
    double step = v <= 0.1 ? 0.02 : v <= 0.5 ? 0.05 : 0.1;
    return Math.ceil(v / step - 1e-9) * step;
  }
}
