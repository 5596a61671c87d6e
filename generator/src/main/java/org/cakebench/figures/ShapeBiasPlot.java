package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ShapeBias;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.Category;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figure 3 of the paper, drawn as model-vs-human draws it: per shape category of the cue-conflict
 * images, the fraction of texture decisions on the bottom axis and of shape decisions on the top
 * axis (so humans sit left), one marker per observer and category and a vertical line at each
 * observer's mean over all categories; categories sorted by the humans' shape bias. Models outside
 * the paper's comparison are context: small, light, beneath the paper's observers, their means
 * short ticks on the bottom edge rather than lines across the plot.
 */
final class ShapeBiasPlot implements Figure {
  private static final int ROW = 25;
  private static final int TOP = 78;
  private static final int BOTTOM = 60;
  private static final int PAPER_MARKER = 9;
  private static final int OTHER_MARKER = 6;
  private static final int TICK = 8;
  private static final int LINE_ALPHA = 200;

  private final List<ObserverStyle> observers;
  private final List<ShapeBiasEntry> entries;
  private final List<Category> categories;
  private final String missing;
  private final ShapeBiasGroups groups;

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
    this.groups = new ShapeBiasGroups(observers, entries);
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
            + " name the shape or the texture category, the fraction naming the texture (bottom"
            + " axis) or the shape (top axis).",
        "Vertical lines mark each observer's mean over all categories; categories are sorted by"
            + " the humans' shape bias.",
        groups.caption(),
        observers.stream().anyMatch(o -> !o.paper()) && observers.stream().anyMatch(o -> o.paper())
            ? "Models outside the paper's comparison are drawn lighter and smaller, beneath the"
                + " paper's observers; short ticks beneath the last category mark their means."
            : "",
        missing);
  }

  /** The rows of group means below the categories, humans first. */
  List<ShapeBiasGroups.Row> groupRows() {
    return groups.rows();
  }

  @Override
  public String altText() {
    StringBuilder text =
        new StringBuilder(
            "Dot plot of the fraction of texture decisions (bottom axis, 0 to 1) and shape"
                + " decisions (top axis) for 16 categories and each observer. Overall shape bias: ");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      parts.add(observers.get(i).name() + " " + Captions.value(entries.get(i).overall().bias()));
    }
    text.append(String.join(", ", parts)).append('.').append(groups.altText());
    return text.toString();
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
            "trials",
            "low",
            "high");
    for (int i = 0; i < observers.size(); i++) {
      ObserverStyle o = observers.get(i);
      ShapeBiasEntry e = entries.get(i);
      // The interval of the overall shape bias: for the humans between participants, for a model
      // over its decisions; none per category.
      table.row(
          o.id(),
          o.name(),
          o.group().key(),
          "all",
          e.overall().bias(),
          e.overall().textureBias(),
          e.overall().trials(),
          e.biasInterval().low(),
          e.biasInterval().high());
      for (Category c : categories) {
        ShapeBias b = e.perCategory().get(c);
        if (b != null) {
          table.row(
              o.id(),
              o.name(),
              o.group().key(),
              c.label(),
              b.bias(),
              b.textureBias(),
              b.trials(),
              "",
              "");
        }
      }
    }
    groups.addRows(table);
    return table.build();
  }

  @Override
  public Drawing chart() {
    List<ObserverStyle> drawn = observers.stream().map(o -> o.paper() ? o : o.faded()).toList();
    List<ObserverStyle> paper = drawn.stream().filter(ObserverStyle::paper).toList();
    Map<String, BasicStroke> lines = lines(paper);
    Legend legend = legend(drawn, lines);
    double legendWidth = legend.columnWidth();
    double labelWidth =
        Math.max(
                Text.maxWidth(categories.stream().map(Category::label).toList(), Theme.TICK),
                Text.maxWidth(groups.labels(), Theme.PANEL))
            + 10;
    // Below the last category, a strip of its own for the ticks of the other models' means.
    boolean rug = drawn.stream().anyMatch(o -> !o.paper());
    double rugRows = rug ? 0.4 : 0;
    // Below it, a row for each group mean.
    double summaryTop = 0.5 - rugRows;
    int groupRows = groups.rows().size();
    int plotHeight = (int) Math.round((categories.size() + rugRows + groupRows) * ROW);
    int plotWidth = (int) Math.round(Theme.WIDTH - labelWidth - legendWidth - 30);
    int height = TOP + plotHeight + BOTTOM;

    XYChart chart = new XYChartBuilder().width(plotWidth).height(plotHeight + BOTTOM).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setYAxisTicksVisible(false);
    s.setPlotGridHorizontalLinesVisible(false);
    s.setXAxisMin(-0.02);
    s.setXAxisMax(1.02);
    s.setYAxisMin(summaryTop - groupRows);
    s.setYAxisMax(categories.size() + 0.5);
    s.setXAxisDecimalPattern("0.0");
    chart.setXAxisTitle("Fraction of 'texture' decisions");
    // The axes only: every mark is painted above them, in the order that keeps the paper on top.
    XYSeries frame = chart.addSeries("frame", new double[] {0, 1}, new double[] {1, 1});
    frame.setMarker(SeriesMarkers.NONE);
    frame.setLineColor(Theme.TRANSPARENT);

    List<Integer> order = drawOrder(drawn);
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
    canvas.add(g -> paintSeparators(g, panel.frame()));
    canvas.add(g -> paintMarks(g, panel.frame(), drawn, lines, order, summaryTop));
    canvas.add(g -> paintCategoryLabels(g, panel.frame()));
    if (groupRows > 0) {
      canvas.add(g -> groups.paint(g, panel.frame(), summaryTop));
    }
    canvas.add(g -> paintShapeAxis(g, panel.frame()));
    canvas.add(legend, labelWidth + plotWidth + 24, panel.frame().top(), legendWidth);
    canvas.spots(() -> hotspots(panel.frame(), drawn, order, summaryTop));
    canvas.spots(() -> groups.hotspots(panel.frame(), summaryTop));
    return canvas;
  }

  /** Distinct dashes for the paper's observers while the legend names each, else solid. */
  private static Map<String, BasicStroke> lines(List<ObserverStyle> paper) {
    return paper.size() <= ConditionLinePlot.NAMED_LEGEND
        ? LineStyles.distinct(paper)
        : LineStyles.solid(paper);
  }

  /**
   * The observers' ids in the order they are painted, bottom to top: models outside the paper, the
   * paper's models, the humans.
   */
  List<String> paintOrder() {
    return drawOrder(observers).stream().map(i -> observers.get(i).id()).toList();
  }

  private static List<Integer> drawOrder(List<ObserverStyle> observers) {
    return ObserverStyles.paintOrder(observers);
  }

  /**
   * The paper's observers, then, under a heading of their own, the other models; each part names
   * its observers while the whole legend stays short, else their styles.
   */
  private static Legend legend(List<ObserverStyle> drawn, Map<String, BasicStroke> lines) {
    List<ObserverStyle> paper = drawn.stream().filter(ObserverStyle::paper).toList();
    List<ObserverStyle> other = drawn.stream().filter(o -> !o.paper()).toList();
    int max = ConditionLinePlot.NAMED_LEGEND;
    if (other.isEmpty()) {
      return Legend.observers(paper, lines, max);
    }
    Map<String, BasicStroke> none = new LinkedHashMap<>();
    Legend others = Legend.observers(other, none, drawn.size() <= max ? max : 0);
    if (paper.isEmpty()) {
      return others;
    }
    List<Legend.Entry> entries = new ArrayList<>();
    entries.add(Legend.Entry.heading("In the paper"));
    entries.addAll(Legend.observers(paper, lines, max).entries());
    entries.add(Legend.Entry.heading("Not in the paper"));
    entries.addAll(others.entries());
    return new Legend(entries);
  }

  /** Where marker {@code category} of observer {@code i} goes; null where there is none. */
  private Point2D.@Nullable Double at(Frame f, int i, int category) {
    ShapeBias b = entries.get(i).perCategory().get(categories.get(category));
    if (b == null || !Double.isFinite(b.bias())) {
      return null;
    }
    return new Point2D.Double(f.x(b.textureBias()), f.y(categories.size() - category));
  }

  private void paintMarks(
      Graphics2D g,
      Frame f,
      List<ObserverStyle> drawn,
      Map<String, BasicStroke> lines,
      List<Integer> order,
      double summaryTop) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    // Lines and ticks end where the rows of group means begin.
    double bottom = f.y(summaryTop);
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      double mean = entries.get(i).overall().textureBias();
      if (Double.isFinite(mean)) {
        double x = f.x(mean);
        if (o.paper()) {
          g.setColor(Theme.alpha(o.colour(), LINE_ALPHA));
          g.setStroke(lines.get(o.id()));
          g.draw(new Line2D.Double(x, f.top(), x, bottom));
        } else {
          g.setColor(o.colour());
          g.setStroke(Theme.HAIRLINE);
          g.draw(new Line2D.Double(x, bottom - TICK, x, bottom));
        }
      }
      g.setColor(o.colour());
      g.setStroke(new BasicStroke(1f));
      int size = o.paper() ? PAPER_MARKER : OTHER_MARKER;
      for (int r = 0; r < categories.size(); r++) {
        Point2D.Double p = at(f, i, r);
        if (p != null) {
          o.marker().paint(g, p.getX(), p.getY(), size);
        }
      }
    }
  }

  private List<Hotspot> hotspots(
      Frame f, List<ObserverStyle> drawn, List<Integer> order, double summaryTop) {
    List<Hotspot> spots = new ArrayList<>();
    double bottom = f.y(summaryTop);
    for (int i : order) {
      ObserverStyle o = drawn.get(i);
      ShapeBias overall = entries.get(i).overall();
      if (Double.isFinite(overall.bias())) {
        double x = f.x(overall.textureBias());
        double top = o.paper() ? f.top() : bottom - TICK;
        Rectangle2D line = new Rectangle2D.Double(x - 3, top, 6, bottom - top);
        spots.add(Hotspot.area(line, o, tooltip(o, "all categories", overall)));
      }
      double radius = (o.paper() ? PAPER_MARKER : OTHER_MARKER) / 2.0 + 1;
      for (int r = 0; r < categories.size(); r++) {
        Point2D.Double p = at(f, i, r);
        if (p != null) {
          ShapeBias b = entries.get(i).perCategory().get(categories.get(r));
          String where = categories.get(r).label() + " shapes";
          spots.add(Hotspot.marker(p.getX(), p.getY(), radius, o, tooltip(o, where, b)));
        }
      }
    }
    return spots;
  }

  /** "ResNet-50, cat shapes: 23.4 % shape, 76.6 % texture decisions". */
  private static String tooltip(ObserverStyle o, String where, ShapeBias b) {
    return o.name()
        + ", "
        + where
        + ": "
        + Captions.percent(b.bias(), 1)
        + " shape, "
        + Captions.percent(b.textureBias(), 1)
        + " texture decisions";
  }

  /** Faint dotted lines between the categories' rows, as model-vs-human draws them. */
  private void paintSeparators(Graphics2D g, Frame f) {
    g.setColor(Theme.GRID);
    g.setStroke(Theme.DOTTED);
    for (int r = 1; r < categories.size(); r++) {
      double y = f.y(categories.size() - r + 0.5);
      g.draw(new Line2D.Double(f.left(), y, f.right(), y));
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

  /** The top axis: the fraction of shape decisions, 1 at the left where texture is 0. */
  private void paintShapeAxis(Graphics2D g, Frame f) {
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int i = 0; i <= 10; i++) {
      double texture = i / 10.0;
      double x = f.x(texture);
      g.draw(new Line2D.Double(x, f.top() - 4, x, f.top()));
      Text.draw(
          g,
          String.format(Locale.ROOT, "%.1f", 1 - texture),
          Theme.TICK,
          Theme.TEXT,
          x,
          f.top() - 8,
          Text.Align.CENTRE,
          Text.Align.END);
    }
    Text.draw(
        g,
        "Fraction of 'shape' decisions",
        Theme.AXIS_TITLE,
        Theme.TEXT,
        (f.left() + f.right()) / 2,
        f.top() - 30,
        Text.Align.CENTRE,
        Text.Align.END);
  }
}
