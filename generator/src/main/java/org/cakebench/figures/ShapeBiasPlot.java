package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ShapeBias;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.Category;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.Observers;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figure 3 of the paper: shape vs. texture decisions on cue-conflict images per shape category, one
 * marker per observer and category and a vertical line at each observer's overall shape bias;
 * categories sorted by the humans' shape bias (as in model-vs-human).
 */
final class ShapeBiasPlot implements Figure {
  private static final int ROW = 25;
  private static final int TOP = 78;
  private static final int BOTTOM = 60;

  private final List<ObserverStyle> observers;
  private final List<ShapeBiasEntry> entries;
  private final List<Category> categories;
  private final String missing;

  ShapeBiasPlot(AnalysisResults results, ObserverStyles styles) {
    List<String> ids = ObserverStyles.humansAndModels(results);
    List<String> present = ids.stream().filter(id -> results.shapeBias(id).isPresent()).toList();
    List<String> order = styles.order(present);
    this.observers = order.stream().map(styles::style).toList();
    this.entries = order.stream().map(id -> results.shapeBias(id).orElseThrow()).toList();
    List<Category> sorted = new ArrayList<>(List.of(Category.values()));
    results
        .shapeBias(Observers.HUMANS)
        .ifPresent(
            humans ->
                sorted.sort(
                    Comparator.comparingDouble(
                        (Category c) -> {
                          ShapeBias b = humans.perCategory().get(c);
                          double v = b == null ? Double.NaN : b.bias();
                          return Double.isNaN(v) ? 2 : -v;
                        })));
    this.categories = sorted;
    this.missing = styles.missingPaperModels(present);
  }

  @Override
  public String id() {
    return "fig3-shape-bias";
  }

  @Override
  public String section() {
    return "shape";
  }

  @Override
  public String title() {
    return "Shape vs. texture bias";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Shape vs. texture decisions of "
            + Captions.who(observers)
            + " on texture-shape cue-conflict images, per shape category: of the decisions that"
            + " name the shape or the texture category, the fraction naming the shape (bottom"
            + " axis) or the texture (top axis).",
        "Vertical lines mark each observer's shape bias over all categories; categories are"
            + " sorted by the humans' shape bias.",
        missing);
  }

  @Override
  public String altText() {
    StringBuilder text =
        new StringBuilder(
            "Dot plot of the fraction of shape decisions (0 to 1) for 16 categories and each"
                + " observer. Overall shape bias: ");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      parts.add(observers.get(i).name() + " " + Captions.value(entries.get(i).overall().bias()));
    }
    return text.append(String.join(", ", parts)).append('.').toString();
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder(
            "observer",
            "name",
            "group",
            "category",
            "shape_fraction",
            "texture_fraction",
            "trials");
    for (int i = 0; i < observers.size(); i++) {
      ObserverStyle o = observers.get(i);
      ShapeBiasEntry e = entries.get(i);
      table.row(
          o.id(),
          o.name(),
          o.group().key(),
          "all",
          e.overall().bias(),
          e.overall().textureBias(),
          e.overall().trials());
      for (Category c : categories) {
        ShapeBias b = e.perCategory().get(c);
        if (b != null) {
          table.row(
              o.id(), o.name(), o.group().key(), c.label(), b.bias(), b.textureBias(), b.trials());
        }
      }
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    boolean named = observers.size() <= ConditionLinePlot.NAMED_LEGEND;
    Map<String, BasicStroke> lines =
        named ? LineStyles.distinct(observers) : LineStyles.solid(observers);
    Legend legend = Legend.observers(observers, lines, ConditionLinePlot.NAMED_LEGEND);
    double legendWidth = legend.columnWidth();
    double labelWidth =
        Text.maxWidth(categories.stream().map(Category::label).toList(), Theme.TICK) + 10;
    int plotHeight = categories.size() * ROW;
    int plotWidth = (int) Math.round(Theme.WIDTH - labelWidth - legendWidth - 30);
    int height = TOP + plotHeight + BOTTOM;

    XYChart chart = new XYChartBuilder().width(plotWidth).height(plotHeight + BOTTOM).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setYAxisTicksVisible(false);
    s.setPlotGridHorizontalLinesVisible(false);
    s.setXAxisMin(-0.02);
    s.setXAxisMax(1.02);
    s.setYAxisMin(0.5);
    s.setYAxisMax(categories.size() + 0.5);
    s.setXAxisDecimalPattern("0.0");
    chart.setXAxisTitle("Fraction of 'shape' decisions");

    List<Integer> paintOrder = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      paintOrder.add(i);
    }
    // Humans last, on top.
    paintOrder.sort(Comparator.comparing(i -> observers.get(i).group() == ObserverGroup.HUMAN));
    for (int i : paintOrder) {
      ObserverStyle o = observers.get(i);
      ShapeBiasEntry e = entries.get(i);
      double overall = e.overall().bias();
      if (Double.isFinite(overall)) {
        XYSeries line =
            chart.addSeries(
                o.id() + " overall",
                new double[] {overall, overall},
                new double[] {0.5, categories.size() + 0.5});
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Theme.alpha(o.colour(), 200));
        line.setLineStyle(lines.get(o.id()));
      }
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int r = 0; r < categories.size(); r++) {
        ShapeBias b = e.perCategory().get(categories.get(r));
        if (b != null && Double.isFinite(b.bias())) {
          xs.add(b.bias());
          ys.add((double) (categories.size() - r));
        }
      }
      if (!xs.isEmpty()) {
        XYSeries points = chart.addSeries(o.id(), xs, ys);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(o.marker());
        points.setMarkerColor(o.colour());
      }
    }

    ChartPanel panel = new ChartPanel(chart, labelWidth, TOP, plotWidth, plotHeight + BOTTOM);
    Canvas canvas = new Canvas(Theme.WIDTH, height);
    canvas.add(
        g ->
            Text.draw(
                g,
                "Shape vs. texture",
                Theme.TITLE,
                Theme.TEXT,
                4,
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintCategoryLabels(g, panel.frame()));
    canvas.add(g -> paintTextureAxis(g, panel.frame()));
    canvas.add(g -> legend.paint(g, labelWidth + plotWidth + 24, panel.frame().top(), legendWidth));
    return canvas;
  }

  private void paintCategoryLabels(Graphics2D g, Frame f) {
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int r = 0; r < categories.size(); r++) {
      double y = f.y(categories.size() - r);
      g.draw(new Line2D.Double(f.left() - 4, y, f.left(), y));
      Text.draw(
          g,
          categories.get(r).label(),
          Theme.TICK,
          Theme.TEXT,
          f.left() - 8,
          y,
          Text.Align.END,
          Text.Align.CENTRE);
    }
  }

  private void paintTextureAxis(Graphics2D g, Frame f) {
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int i = 0; i <= 10; i++) {
      double shape = i / 10.0;
      double x = f.x(shape);
      g.draw(new Line2D.Double(x, f.top() - 4, x, f.top()));
      Text.draw(
          g,
          String.format(Locale.ROOT, "%.1f", 1 - shape),
          Theme.TICK,
          Theme.TEXT,
          x,
          f.top() - 8,
          Text.Align.CENTRE,
          Text.Align.END);
    }
    Text.draw(
        g,
        "Fraction of 'texture' decisions",
        Theme.AXIS_TITLE,
        Theme.TEXT,
        (f.left() + f.right()) / 2,
        f.top() - 30,
        Text.Align.CENTRE,
        Text.Align.END);
  }
}
