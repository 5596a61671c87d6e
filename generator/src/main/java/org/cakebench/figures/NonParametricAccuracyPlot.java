package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.knowm.xchart.XYChart;

/**
 * Accuracy on the datasets without conditions that have a true category (edges, silhouettes,
 * sketches, stylized): grouped bars, one group per observer, one bar per dataset; the paper's
 * datasets solid, those added later by the model-vs-human benchmark light, and "no data" where an
 * observer has no trials on a dataset. Beyond {@link #MAX_BARS} observers their names no longer fit
 * under the bars, and the figure shows a column of markers per dataset instead ({@link
 * AccuracyStrips}).
 */
final class NonParametricAccuracyPlot implements Figure {
  // Okabe-Ito colours, leaving out the red and orange that stand for humans and self-supervised.
  private static final Color[] COLOURS = {
    new Color(0, 114, 178),
    new Color(86, 180, 233),
    new Color(0, 158, 115),
    new Color(204, 121, 167)
  };
  private static final double CHANCE = 1.0 / 16;
  private static final String NO_DATA = "no data";
  private static final int HEIGHT = 420;
  private static final int TOP = 36;
  private static final double GROUP = 0.8;

  /** The most observers drawn as grouped bars. */
  static final int MAX_BARS = 40;

  private final List<Dataset> datasets = new ArrayList<>();
  private final List<ObserverStyle> observers;
  private final Map<String, double[]> accuracy = new LinkedHashMap<>();
  private final String missing;

  NonParametricAccuracyPlot(AnalysisResults results, ObserverStyles styles) {
    // The paper's datasets first, then those added later.
    for (boolean paper : new boolean[] {true, false}) {
      for (Dataset d : results.datasets()) {
        if (Datasets.NON_PARAMETRIC_ACCURACY.contains(d) && d.inPaper() == paper) {
          datasets.add(d);
        }
      }
    }
    List<String> present =
        ObserverStyles.humansAndModels(results).stream()
            .filter(id -> datasets.stream().anyMatch(d -> results.has(id, d)))
            .toList();
    this.observers = styles.order(present).stream().map(styles::style).toList();
    for (String id : present) {
      double[] values = new double[datasets.size()];
      for (int i = 0; i < datasets.size(); i++) {
        values[i] =
            results
                .score(id, datasets.get(i), Condition.ALL)
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
  public PaperSection section() {
    return PaperSection.BENCHMARK;
  }

  @Override
  public String title() {
    return "Accuracy on " + list(datasets);
  }

  /** "edges, silhouettes and sketches". */
  private static String list(List<Dataset> some) {
    return Captions.list(some.stream().map(d -> Captions.lower(d.title())).toList());
  }

  private List<Dataset> inPaper(boolean paper) {
    return datasets.stream().filter(d -> d.inPaper() == paper).toList();
  }

  private boolean anyMissing() {
    return accuracy.values().stream()
        .anyMatch(v -> java.util.Arrays.stream(v).anyMatch(Double::isNaN));
  }

  @Override
  public String caption() {
    List<Dataset> paper = inPaper(true);
    List<Dataset> later = inPaper(false);
    String kinds =
        paper.isEmpty() || later.isEmpty()
            ? ""
            : "Solid bars are the paper's datasets ("
                + list(paper)
                + "); light, outlined bars the datasets the later model-vs-human benchmark added ("
                + list(later)
                + ").";
    if (strips()) {
      return Captions.join(
          "Classification accuracy (16 classes) of "
              + Captions.who(observers)
              + " on "
              + list(datasets)
              + ", one marker per observer in each dataset's column; humans are pooled over all"
              + " participants.",
          later.isEmpty() || paper.isEmpty()
              ? ""
              : "The model-vs-human benchmark added " + list(later) + " after the paper.",
          observers.stream().anyMatch(o -> !o.paper())
              ? "Models outside the paper's comparison are drawn lighter, beneath the paper's"
                  + " observers."
              : "",
          anyMissing() ? "An observer without trials on a dataset has no marker there." : "",
          "The dotted line marks chance (1/16).",
          missing);
    }
    return Captions.join(
        "Classification accuracy (16 classes) of "
            + Captions.who(observers)
            + " on "
            + list(datasets)
            + "; humans are pooled over all participants.",
        kinds,
        anyMissing() ? "\"" + NO_DATA + "\" marks a dataset an observer has no trials for." : "",
        "The dotted line marks chance (1/16).",
        missing);
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (ObserverStyle o : observers) {
      double[] v = accuracy.get(o.id());
      List<String> values = new ArrayList<>();
      for (int i = 0; i < datasets.size(); i++) {
        values.add(
            Captions.lower(datasets.get(i).title())
                + " "
                + (Double.isNaN(v[i]) ? NO_DATA : Captions.value(v[i])));
      }
      parts.add(o.name() + ": " + String.join(", ", values));
    }
    return "Grouped bar chart of classification accuracy. " + String.join("; ", parts) + ".";
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("observer", "name", "group", "dataset", "in_paper", "accuracy");
    for (ObserverStyle o : observers) {
      for (int i = 0; i < datasets.size(); i++) {
        Dataset d = datasets.get(i);
        table.row(
            o.id(), o.name(), o.group().key(), d.name(), d.inPaper(), accuracy.get(o.id())[i]);
      }
    }
    return table.build();
  }

  /** Whether there are too many observers for a bar each. */
  private boolean strips() {
    return observers.size() > MAX_BARS;
  }

  @Override
  public Drawing chart() {
    if (strips()) {
      return AccuracyStrips.draw(
          "Accuracy: " + list(datasets), datasets, observers, accuracy, CHANCE);
    }
    Legend legend = legend();
    double legendWidth = legend.columnWidth();
    double chanceWidth = Text.width("chance", Theme.SMALL) + 6;
    int plotWidth = (int) Math.round(Theme.WIDTH - legendWidth - 30 - chanceWidth);
    int n = Math.max(1, observers.size());
    List<String> names = observers.stream().map(ObserverStyle::name).toList();
    double slot = (plotWidth - 60.0) / n;
    int rotation = Text.maxWidth(names, Theme.TICK) <= slot - 6 ? 0 : slot >= 30 ? 45 : 90;
    double labelDepth =
        rotation == 0
            ? Text.capHeight(Theme.TICK)
            : Text.maxWidth(names, Theme.TICK) * Math.sin(Math.toRadians(rotation));
    int plotHeight = HEIGHT - TOP - 60;
    int height = (int) Math.ceil(TOP + plotHeight + 14 + labelDepth + 8);

    XYChart chart = CategoryAccuracyChart.of(plotWidth, plotHeight, n, CHANCE);
    ChartPanel panel = new ChartPanel(chart, 0, TOP, plotWidth, plotHeight);

    Canvas canvas = new Canvas(Theme.WIDTH, height);
    canvas.add(
        g ->
            Text.draw(
                g,
                "Accuracy: " + list(datasets),
                Theme.TITLE,
                Theme.TEXT,
                4,
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    canvas.add(panel);
    canvas.add(g -> paintBars(g, panel.frame()));
    canvas.add(g -> paintNames(g, panel.frame(), rotation));
    canvas.add(
        g -> {
          Frame f = panel.frame();
          Text.draw(
              g,
              "chance",
              Theme.SMALL,
              Theme.MUTED,
              f.right() + 4,
              f.y(CHANCE),
              Text.Align.START,
              Text.Align.CENTRE);
        });
    canvas.add(legend, plotWidth + chanceWidth + 20, TOP + 6, legendWidth);
    canvas.spots(() -> hotspots(panel.frame()));
    return canvas;
  }

  /** One per bar (or its "no data" place), from the axis to the top of the plot. */
  private List<Hotspot> hotspots(Frame f) {
    int d = datasets.size();
    double barWidth = GROUP / d * (f.right() - f.left()) / (f.xMax() - f.xMin());
    List<Hotspot> spots = new ArrayList<>();
    for (int o = 0; o < observers.size(); o++) {
      ObserverStyle observer = observers.get(o);
      double[] v = accuracy.get(observer.id());
      for (int i = 0; i < d; i++) {
        double x = f.x(o - GROUP / 2 + (i + 0.5) * GROUP / d) - barWidth / 2;
        String value = Double.isNaN(v[i]) ? NO_DATA : "accuracy " + Captions.percent(v[i], 1);
        String tooltip =
            observer.name() + ", " + Captions.lower(datasets.get(i).title()) + ": " + value;
        spots.add(
            Hotspot.area(
                new Rectangle2D.Double(x, f.top(), barWidth, f.bottom() - f.top()),
                observer,
                tooltip));
      }
    }
    return spots;
  }

  private Legend legend() {
    List<Legend.Entry> entries = new ArrayList<>();
    boolean both = !inPaper(true).isEmpty() && !inPaper(false).isEmpty();
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      if (both && (i == 0 || d.inPaper() != datasets.get(i - 1).inPaper())) {
        entries.add(Legend.Entry.heading(d.inPaper() ? "In the paper" : "Added later"));
      }
      Legend.Swatch swatch = d.inPaper() ? Legend.Swatch.BOX : Legend.Swatch.LIGHT_BOX;
      entries.add(new Legend.Entry(d.title(), colour(i), null, null, swatch));
    }
    return new Legend(entries);
  }

  private Color colour(int dataset) {
    return COLOURS[
        Datasets.NON_PARAMETRIC_ACCURACY.indexOf(datasets.get(dataset)) % COLOURS.length];
  }

  private void paintBars(Graphics2D g, Frame f) {
    int d = datasets.size();
    double barWidth = GROUP / d * (f.right() - f.left()) / (f.xMax() - f.xMin());
    for (int o = 0; o < observers.size(); o++) {
      double[] v = accuracy.get(observers.get(o).id());
      for (int i = 0; i < d; i++) {
        double x = f.x(o - GROUP / 2 + (i + 0.5) * GROUP / d) - barWidth / 2;
        if (Double.isNaN(v[i])) {
          paintNoData(g, f, x, barWidth);
          continue;
        }
        Rectangle2D bar = new Rectangle2D.Double(x, f.y(v[i]), barWidth, f.y(0) - f.y(v[i]));
        Color colour = colour(i);
        if (datasets.get(i).inPaper()) {
          g.setColor(colour);
          g.fill(bar);
        } else {
          g.setColor(Theme.light(colour));
          g.fill(bar);
          g.setColor(colour);
          g.setStroke(Theme.OUTLINE);
          g.draw(
              new Rectangle2D.Double(
                  bar.getX() + 0.6, bar.getY() + 0.6, bar.getWidth() - 1.2, bar.getHeight() - 1.2));
        }
      }
    }
  }

  /** "no data" upright in the bar's place where it fits, else a small cross on the axis. */
  private static void paintNoData(Graphics2D g, Frame f, double x, double width) {
    double cx = x + width / 2;
    // Above the chance line, so the dotted line does not run through the words.
    double base = f.y(CHANCE) - 5;
    if (width >= Text.capHeight(Theme.SMALL) + 2) {
      Text.draw(
          g, NO_DATA, Theme.SMALL, Theme.MUTED, cx, base, Text.Align.START, Text.Align.CENTRE, 90);
    } else {
      double r = Math.max(1.5, width / 2 - 0.5);
      g.setColor(Theme.MUTED);
      g.setStroke(Theme.HAIRLINE);
      g.draw(new Line2D.Double(cx - r, base - r, cx + r, base + r));
      g.draw(new Line2D.Double(cx - r, base + r, cx + r, base - r));
    }
  }

  private void paintNames(Graphics2D g, Frame f, int rotation) {
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int o = 0; o < observers.size(); o++) {
      ObserverStyle observer = observers.get(o);
      double x = f.x(o);
      g.setColor(Theme.AXIS);
      g.draw(new Line2D.Double(x, f.bottom(), x, f.bottom() + 4));
      if (rotation == 0) {
        Text.draw(
            g,
            observer.name(),
            Theme.TICK,
            Theme.readable(observer.colour()),
            x,
            f.bottom() + 9,
            Text.Align.CENTRE,
            Text.Align.START);
      } else {
        Text.draw(
            g,
            observer.name(),
            Theme.TICK,
            Theme.readable(observer.colour()),
            x + 3,
            f.bottom() + 8,
            Text.Align.END,
            Text.Align.CENTRE,
            rotation);
      }
    }
  }
}
