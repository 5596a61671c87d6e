package org.cakebench.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.data.Dataset;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Accuracy on the datasets without conditions that have a true category (edges, silhouettes,
 * sketches, stylized): grouped bars, one group per observer, one bar per dataset.
 */
final class NonParametricAccuracyPlot implements Figure {
  static final List<String> DATASETS = List.of("edge", "silhouette", "sketch", "stylized");
  // Okabe-Ito colours, leaving out the red and orange that stand for humans and self-supervised.
  private static final Color[] COLOURS = {
    new Color(0, 114, 178),
    new Color(86, 180, 233),
    new Color(0, 158, 115),
    new Color(204, 121, 167)
  };
  private static final int HEIGHT = 420;
  private static final int TOP = 36;

  private final List<Dataset> datasets = new ArrayList<>();
  private final List<ObserverStyle> observers;
  private final Map<String, double[]> accuracy = new LinkedHashMap<>();
  private final String missing;

  NonParametricAccuracyPlot(AnalysisResults results, ObserverStyles styles) {
    for (Dataset d : results.datasets()) {
      if (DATASETS.contains(d.name())) {
        datasets.add(d);
      }
    }
    List<String> ids = ObserverStyles.humansAndModels(results);
    List<String> present =
        ids.stream()
            .filter(id -> datasets.stream().anyMatch(d -> results.has(id, d.name())))
            .toList();
    this.observers = styles.order(present).stream().map(styles::style).toList();
    for (String id : present) {
      double[] values = new double[datasets.size()];
      for (int i = 0; i < datasets.size(); i++) {
        values[i] =
            results
                .score(id, datasets.get(i).name(), Analyses.ALL)
                .map(ConditionScore::accuracy)
                .orElse(Double.NaN);
      }
      accuracy.put(id, values);
    }
    this.missing = styles.missingPaperModels(present);
  }

  @Override
  public String id() {
    return "nonparametric-accuracy";
  }

  @Override
  public String section() {
    return "benchmark";
  }

  @Override
  public String title() {
    return "Accuracy on " + datasetList();
  }

  /** "edges, silhouettes and sketches". */
  private String datasetList() {
    return Captions.list(datasets.stream().map(d -> Captions.lower(d.title())).toList());
  }

  @Override
  public String caption() {
    return Captions.join(
        "Classification accuracy (16 classes) of "
            + Captions.who(observers)
            + " on "
            + datasetList()
            + "; humans are pooled over all participants. The dotted line marks chance (1/16).",
        missing);
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (ObserverStyle o : observers) {
      double[] v = accuracy.get(o.id());
      List<String> values = new ArrayList<>();
      for (int i = 0; i < datasets.size(); i++) {
        values.add(Captions.lower(datasets.get(i).title()) + " " + Captions.value(v[i]));
      }
      parts.add(o.name() + ": " + String.join(", ", values));
    }
    return "Grouped bar chart of classification accuracy. " + String.join("; ", parts) + ".";
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("observer", "name", "group", "dataset", "accuracy");
    for (ObserverStyle o : observers) {
      for (int i = 0; i < datasets.size(); i++) {
        table.row(
            o.id(), o.name(), o.group().key(), datasets.get(i).name(), accuracy.get(o.id())[i]);
      }
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    List<Legend.Entry> entries = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      entries.add(
          new Legend.Entry(datasets.get(i).title(), COLOURS[i % COLOURS.length], null, null, true));
    }
    Legend legend = new Legend(entries);
    double legendWidth = legend.columnWidth();
    int plotWidth = (int) Math.round(Theme.WIDTH - legendWidth - 30);
    List<String> names = observers.stream().map(ObserverStyle::name).toList();
    int rotation = observers.size() > 16 ? 90 : observers.size() > 8 ? 45 : 0;
    // Rotated names need room below the plot; the plot keeps its height.
    double labelDepth =
        rotation == 0
            ? 0
            : Text.maxWidth(names, Theme.TICK) * Math.sin(Math.toRadians(rotation)) - 14;
    int height = (int) Math.ceil(HEIGHT + labelDepth);
    CategoryChart chart =
        new CategoryChartBuilder().width(plotWidth).height(height - TOP - 6).build();
    CategoryStyler s = chart.getStyler();
    Theme.apply(s);
    s.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
    s.setPlotGridVerticalLinesVisible(false);
    // Room beyond 0 and 1, or XChart leaves out their tick labels.
    s.setYAxisMin(-0.025);
    s.setYAxisMax(1.025);
    s.setYAxisDecimalPattern("0.0");
    s.setAvailableSpaceFill(0.8);
    s.setAnnotationLineColor(Theme.CHANCE);
    s.setAnnotationLineStroke(Theme.DOTTED);
    s.setXAxisLabelRotation(rotation);
    chart.setYAxisTitle("Classification accuracy");
    for (int i = 0; i < datasets.size(); i++) {
      List<Double> values = new ArrayList<>();
      for (ObserverStyle o : observers) {
        double v = accuracy.get(o.id())[i];
        // XChart draws no bar for NaN but needs a number.
        values.add(Double.isFinite(v) ? v : 0.0);
      }
      CategorySeries series = chart.addSeries(datasets.get(i).title(), names, values);
      series.setFillColor(COLOURS[i % COLOURS.length]);
    }
    chart.addAnnotation(new AnnotationLine(1.0 / 16, false, false));
    ChartPanel panel = new ChartPanel(chart, 0, TOP, plotWidth, height - TOP - 6);
    Canvas canvas = new Canvas(Theme.WIDTH, height);
    canvas.add(
        g ->
            Text.draw(
                g,
                "Accuracy: " + datasetList(),
                Theme.TITLE,
                Theme.TEXT,
                4,
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> legend.paint(g, plotWidth + 20, TOP + 6, legendWidth));
    return canvas;
  }
}
