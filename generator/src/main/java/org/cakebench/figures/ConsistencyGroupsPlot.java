package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConsistencyMatrix;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.GroupMeans;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.PaperSection;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figure 2 of the paper as group comparisons: for cue conflict, edges and silhouettes, the error
 * consistency of every pair of observers, grouped by the pair's groups (hum-hum, hum-sup, hum-self,
 * sup-sup, sup-self, self-self), as points with the group mean as a bar.
 */
final class ConsistencyGroupsPlot implements Figure {
  /** One pair of observers and their kappa. */
  record Pair(String dataset, PairGroup group, ObserverStyle a, ObserverStyle b, double kappa) {}

  private static final int HEIGHT = 470;
  private static final int NAMED_OTHERS = 3;
  private static final int TOP = 40;
  private static final int BOTTOM = 74;
  private static final double INTERVAL_CAP = 0.12;
  private static final BasicStroke INTERVAL =
      new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  private final List<Dataset> datasets = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final List<String> others = new ArrayList<>();
  private final Map<GroupKey, Estimate> estimates = new HashMap<>();
  private final String missing;

  /** A group of pairs on one dataset. */
  private record GroupKey(String dataset, PairGroup group) {}

  ConsistencyGroupsPlot(AnalysisResults results, ObserverStyles styles) {
    List<String> seen = new ArrayList<>();
    for (Dataset d : results.datasets()) {
      if (!Datasets.TEXTURE_SHAPE.contains(d)) {
        continue;
      }
      ConsistencyMatrix m = results.dataset(d).flatMap(DatasetResults::consistency).orElse(null);
      if (m == null) {
        continue;
      }
      datasets.add(d);
      List<String> ids = styles.order(m.observers());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          ObserverStyle a = styles.style(ids.get(i));
          ObserverStyle b = styles.style(ids.get(j));
          PairGroup group = PairGroup.of(a.group(), b.group());
          if (group != null) {
            pairs.add(new Pair(d.name(), group, a, b, m.kappa(a.id(), b.id())));
          }
        }
      }
      for (String id : ids) {
        if (styles.group(id) == ObserverGroup.OTHER && !others.contains(styles.name(id))) {
          others.add(styles.name(id));
        }
        if (!seen.contains(id)) {
          seen.add(id);
        }
      }
    }
    this.missing = styles.missingPaperModels(seen);
    // Each group's mean once: the table gives it on each of the group's thousands of rows.
    Map<GroupKey, List<Double>> kappas = new LinkedHashMap<>();
    for (Pair p : pairs) {
      kappas
          .computeIfAbsent(new GroupKey(p.dataset(), p.group()), k -> new ArrayList<>())
          .add(p.kappa());
    }
    kappas.forEach((key, values) -> estimates.put(key, GroupMeans.of(values)));
  }

  @Override
  public String id() {
    return "fig2-groups";
  }

  @Override
  public PaperSection section() {
    return PaperSection.IMAGE;
  }

  @Override
  public String title() {
    return "Error consistency within and between groups";
  }

  @Override
  public String caption() {
    List<String> empty = new ArrayList<>();
    for (PairGroup g : PairGroup.values()) {
      if (pairs.stream().noneMatch(p -> p.group() == g)) {
        empty.add(g.label);
      }
    }
    return Captions.join(
        "Error consistency (kappa) of every pair of observers on "
            + Captions.list(datasets.stream().map(d -> Captions.lower(d.title())).toList())
            + ", grouped by who is compared: humans (hum), supervised (sup) and self-supervised"
            + " (self) models. Dots are pairs, horizontal bars their mean, error bars its 95 %"
            + " interval over pairs (mean \u00b1 1.96 \u00d7 the pairs' spread over the square"
            + " root of their number). Pairs that share an observer are not independent, so these"
            + " intervals are likely too narrow; groups of one pair have none.",
        empty.isEmpty()
            ? ""
            : "No pairs yet for " + String.join(", ", empty) + " (too few observers in the group).",
        othersNote(),
        missing);
  }

  /** "Not shown, being outside the paper's groups: BagNet-33, ... and 14 more." */
  private String othersNote() {
    if (others.isEmpty()) {
      return "";
    }
    int named = Math.min(NAMED_OTHERS, others.size());
    List<String> shown = new ArrayList<>(others.subList(0, named));
    if (others.size() > named) {
      shown.add((others.size() - named) + " more");
    }
    return "Not shown, being outside the paper's groups: " + Captions.list(shown) + ".";
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (Dataset d : datasets) {
      List<String> means = new ArrayList<>();
      for (PairGroup g : PairGroup.values()) {
        double mean = mean(d.name(), g);
        if (Double.isFinite(mean)) {
          means.add(g.label + " " + Captions.value(mean));
        }
      }
      parts.add(d.title() + ": mean kappa " + String.join(", ", means));
    }
    return "Dot plots of error consistency per pair group. " + String.join(". ", parts) + ".";
  }

  double mean(String dataset, PairGroup group) {
    return estimate(dataset, group).value();
  }

  /**
   * The mean κ of the pairs of {@code group} on {@code dataset} with its 95 % interval over pairs
   * ({@link GroupMeans}); pairs share observers, so the interval is likely too narrow (the caption
   * says so). The per-dataset bootstrap over images ({@code KappaBootstrap}) covers only the
   * humans' mean and the closest model, another source of variation, so it is not mixed in here.
   */
  Estimate estimate(String dataset, PairGroup group) {
    Estimate e = estimates.get(new GroupKey(dataset, group));
    return e != null ? e : GroupMeans.of(List.of());
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder(
            "dataset",
            "pair_group",
            "observer_a",
            "observer_b",
            "kappa",
            "group_mean",
            "group_low",
            "group_high");
    for (Pair p : pairs) {
      // Each pair's row also carries its group's mean and the interval drawn with it.
      Estimate group = estimate(p.dataset(), p.group());
      table.row(
          p.dataset(),
          p.group().label.replace('\u2013', '-'),
          p.a().id(),
          p.b().id(),
          p.kappa(),
          group.value(),
          group.low(),
          group.high());
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    int panels = Math.max(1, datasets.size());
    double min = pairs.stream().mapToDouble(Pair::kappa).filter(Double::isFinite).min().orElse(0);
    double yMin = Math.min(-0.2, Math.floor(min * 10) / 10);
    int titleSpace = 24;
    int panelWidth = (Theme.WIDTH - 4 - titleSpace - 8 * (panels - 1)) / panels;
    Canvas canvas = new Canvas(Theme.WIDTH, HEIGHT);
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      boolean first = i == 0;
      int w = panelWidth + (first ? titleSpace : 0);
      double x = first ? 0 : titleSpace + i * (panelWidth + 8);
      ChartPanel panel =
          new ChartPanel(panelChart(d, w, yMin, first), x, TOP, w, HEIGHT - TOP - BOTTOM);
      canvas.add(panel);
      canvas.add(g -> paintIntervals(g, panel.frame(), d));
      canvas.add(g -> paintPanelLabels(g, panel.frame(), d));
      canvas.spots(() -> hotspots(panel.frame(), d));
    }
    return canvas;
  }

  private XYChart panelChart(Dataset d, int width, double yMin, boolean first) {
    XYChart chart = new XYChartBuilder().width(width).height(HEIGHT - TOP - BOTTOM).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setXAxisTicksVisible(false);
    s.setPlotGridVerticalLinesVisible(false);
    s.setXAxisMin(-0.5);
    s.setXAxisMax(PairGroup.values().length - 0.5);
    s.setYAxisMin(yMin - 0.03);
    s.setYAxisMax(1.03);
    s.setYAxisDecimalPattern("0.0");
    s.setMarkerSize(6);
    if (first) {
      chart.setYAxisTitle("Error consistency (\u03ba)");
    }
    XYSeries zero =
        chart.addSeries(
            "zero", new double[] {-0.5, PairGroup.values().length - 0.5}, new double[] {0, 0});
    zero.setMarker(SeriesMarkers.NONE);
    zero.setLineColor(Theme.CHANCE);
    zero.setLineStyle(Theme.DOTTED);
    // Mean bars first, so that a lone dot stays visible on top of its bar.
    for (PairGroup g : PairGroup.values()) {
      double mean = mean(d.name(), g);
      if (Double.isFinite(mean)) {
        XYSeries bar =
            chart.addSeries(
                g.name() + " mean",
                new double[] {g.ordinal() - 0.36, g.ordinal() + 0.36},
                new double[] {mean, mean});
        bar.setMarker(SeriesMarkers.NONE);
        bar.setLineColor(Theme.TEXT);
        bar.setLineStyle(new BasicStroke(2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      }
    }
    for (PairGroup g : PairGroup.values()) {
      Map<Color, List<double[]>> byColour = new LinkedHashMap<>();
      for (Dot dot : dots(d, g)) {
        Color colour = blend(dot.pair().a().colour(), dot.pair().b().colour());
        byColour
            .computeIfAbsent(colour, c -> new ArrayList<>())
            .add(new double[] {dot.x(), dot.pair().kappa()});
      }
      int n = 0;
      for (Map.Entry<Color, List<double[]>> e : byColour.entrySet()) {
        List<Double> xs = e.getValue().stream().map(v -> v[0]).toList();
        List<Double> ys = e.getValue().stream().map(v -> v[1]).toList();
        XYSeries dots = chart.addSeries(g.name() + " " + n++, xs, ys);
        dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(Theme.alpha(e.getKey(), 190));
      }
    }
    return chart;
  }

  /** A pair's dot: its x in group units. */
  private record Dot(Pair pair, double x) {}

  /** The dots of group {@code g} on {@code d}, spread sideways around the group's place. */
  private List<Dot> dots(Dataset d, PairGroup g) {
    List<Dot> dots = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.dataset().equals(d.name()) && p.group() == g && Double.isFinite(p.kappa())) {
        // Spread the dots sideways by a golden-ratio sequence: even, and the same every run.
        double offset = (((dots.size() + 1) * 0.6180339887) % 1.0 - 0.5) * 0.56;
        dots.add(new Dot(p, g.ordinal() + offset));
      }
    }
    return dots;
  }

  /** The group means' bars, then every pair's dot, about the pair's model (else no one). */
  private List<Hotspot> hotspots(Frame f, Dataset d) {
    List<Hotspot> spots = new ArrayList<>();
    String dataset = Captions.lower(d.title());
    for (PairGroup g : PairGroup.values()) {
      double mean = mean(d.name(), g);
      if (Double.isFinite(mean)) {
        double x0 = f.x(g.ordinal() - 0.36);
        double x1 = f.x(g.ordinal() + 0.36);
        String tooltip =
            g.label
                + " on "
                + dataset
                + ": mean \u03ba "
                + Captions.minus(Captions.value(mean))
                + intervalNote(estimate(d.name(), g));
        spots.add(
            Hotspot.area(new Rectangle2D.Double(x0, f.y(mean) - 3, x1 - x0, 6), null, tooltip));
      }
      for (Dot dot : dots(d, g)) {
        Pair p = dot.pair();
        ObserverStyle about = Hotspot.linkOf(p.b()) != null ? p.b() : p.a();
        String tooltip =
            p.a().name()
                + " \u00d7 "
                + p.b().name()
                + " ("
                + g.label
                + ", "
                + dataset
                + "): \u03ba "
                + Captions.minus(Captions.value(p.kappa()));
        spots.add(Hotspot.marker(f.x(dot.x()), f.y(p.kappa()), 4, about, tooltip));
      }
    }
    return spots;
  }

  /** Each group mean's interval as an error bar over its dots, so that no dot hides it. */
  private void paintIntervals(Graphics2D g, Frame f, Dataset d) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Theme.TEXT);
    g.setStroke(INTERVAL);
    // An interval of few pairs may reach beyond the axis range: the plot's border cuts it.
    g.clip(new Rectangle2D.Double(f.left(), f.top(), f.right() - f.left(), f.bottom() - f.top()));
    for (PairGroup group : PairGroup.values()) {
      Estimate e = estimate(d.name(), group);
      if (!Double.isFinite(e.low())) {
        continue;
      }
      double x = f.x(group.ordinal());
      double cap = f.x(group.ordinal() + INTERVAL_CAP) - x;
      double lo = f.y(e.low());
      double hi = f.y(e.high());
      g.draw(new Line2D.Double(x, lo, x, hi));
      g.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
      g.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
    }
  }

  private void paintPanelLabels(Graphics2D g, Frame f, Dataset d) {
    Text.draw(
        g,
        d.title(),
        Theme.PANEL,
        Theme.TEXT,
        (f.left() + f.right()) / 2,
        TOP - 12,
        Text.Align.CENTRE,
        Text.Align.END);
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (PairGroup group : PairGroup.values()) {
      double x = f.x(group.ordinal());
      g.draw(new Line2D.Double(x, f.bottom(), x, f.bottom() + 4));
      Text.draw(
          g,
          group.label,
          Theme.TICK,
          Theme.TEXT,
          x + 3,
          f.bottom() + 8,
          Text.Align.END,
          Text.Align.CENTRE,
          50);
      if (!Double.isFinite(mean(d.name(), group))) {
        Text.draw(
            g,
            "no pairs",
            Theme.SMALL,
            Theme.MUTED,
            x,
            f.y(0.5),
            Text.Align.CENTRE,
            Text.Align.CENTRE,
            90);
      }
    }
  }

  /** " (95 % interval 0.30 to 0.36 over pairs)", or nothing for a group of one pair. */
  private static String intervalNote(Estimate e) {
    if (!Double.isFinite(e.low())) {
      return "";
    }
    return " (95 % interval "
        + Captions.minus(Captions.value(e.low()))
        + " to "
        + Captions.minus(Captions.value(e.high()))
        + " over pairs)";
  }

  private static Color blend(Color a, Color b) {
    return new Color(
        (a.getRed() + b.getRed()) / 2,
        (a.getGreen() + b.getGreen()) / 2,
        (a.getBlue() + b.getBlue()) / 2);
  }
}
