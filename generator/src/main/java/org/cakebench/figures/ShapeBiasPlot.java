package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import org.cakebench.data.PaperSection;
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
  private static final int PAPER_MARKER = 9;
  private static final int OTHER_MARKER = 6;
  private static final int OTHER_ALPHA = 120;
  private static final int OTHER_LINE_ALPHA = 80;

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
  public PaperSection section() {
    return PaperSection.SHAPE;
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
        observers.stream().anyMatch(o -> !inPaper(o))
                && observers.stream().anyMatch(o -> inPaper(o))
            ? "Models outside the paper's comparison are drawn lighter and smaller, beneath the"
                + " paper's observers."
            : "",
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
    // Models outside the paper's comparison are context: lighter, smaller and underneath.
    List<ObserverStyle> drawn = observers.stream().map(ShapeBiasPlot::look).toList();
    Legend legend = legend(drawn, lines, named);
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

    List<Integer> order = paintOrder();
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      double overall = entries.get(i).overall().bias();
      if (Double.isFinite(overall)) {
        XYSeries line =
            chart.addSeries(
                o.id() + " overall",
                new double[] {overall, overall},
                new double[] {0.5, categories.size() + 0.5});
        line.setMarker(SeriesMarkers.NONE);
        boolean paper = inPaper(o);
        line.setLineColor(Theme.alpha(observers.get(i).colour(), paper ? 200 : OTHER_LINE_ALPHA));
        line.setLineStyle(paper ? lines.get(o.id()) : Theme.HAIRLINE);
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
    canvas.add(g -> paintMarkers(g, panel.frame(), drawn, order));
    canvas.add(g -> paintCategoryLabels(g, panel.frame()));
    canvas.add(g -> paintTextureAxis(g, panel.frame()));
    canvas.add(g -> legend.paint(g, labelWidth + plotWidth + 24, panel.frame().top(), legendWidth));
    return canvas;
  }

  private static boolean inPaper(ObserverStyle o) {
    return o.group() != ObserverGroup.OTHER;
  }

  /** How {@code o} is drawn here: models outside the paper's comparison lighter. */
  private static ObserverStyle look(ObserverStyle o) {
    return inPaper(o) ? o : o.withColour(Theme.alpha(o.colour(), OTHER_ALPHA));
  }

  /** Other models first, then the paper's models, humans last: the paper's groups on top. */
  private List<Integer> paintOrder() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing(
            i ->
                switch (observers.get(i).group()) {
                  case OTHER -> 0;
                  case SUPERVISED, SELF_SUPERVISED -> 1;
                  case HUMAN -> 2;
                }));
    return order;
  }

  /** The paper's observers, then, under a heading of their own, the other models. */
  private static Legend legend(
      List<ObserverStyle> drawn, Map<String, BasicStroke> lines, boolean named) {
    List<ObserverStyle> paper = drawn.stream().filter(ShapeBiasPlot::inPaper).toList();
    List<ObserverStyle> other = drawn.stream().filter(o -> !inPaper(o)).toList();
    int max = named ? Integer.MAX_VALUE : 0;
    if (paper.isEmpty() || other.isEmpty()) {
      return Legend.observers(drawn, lines, max);
    }
    Map<String, BasicStroke> thin = new java.util.LinkedHashMap<>();
    other.forEach(o -> thin.put(o.id(), Theme.HAIRLINE));
    List<Legend.Entry> entries = new ArrayList<>();
    entries.add(Legend.Entry.heading("In the paper"));
    entries.addAll(Legend.observers(paper, lines, max).entries());
    entries.add(Legend.Entry.heading("Not in the paper"));
    entries.addAll(Legend.observers(other, thin, max).entries());
    return new Legend(entries);
  }

  private void paintMarkers(Graphics2D g, Frame f, List<ObserverStyle> drawn, List<Integer> order) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setStroke(new BasicStroke(1f));
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      int size = inPaper(o) ? PAPER_MARKER : OTHER_MARKER;
      g.setColor(o.colour());
      for (int r = 0; r < categories.size(); r++) {
        ShapeBias b = entries.get(i).perCategory().get(categories.get(r));
        if (b != null && Double.isFinite(b.bias())) {
          o.marker().paint(g, f.x(b.bias()), f.y(categories.size() - r), size);
        }
      }
    }
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
