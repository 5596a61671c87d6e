package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConsistencyMatrix;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.FixedPoint;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.PaperSection;

/**
 * Figure 2 (matrix) of the paper for one dataset without conditions: error consistency (kappa) of
 * every pair of observers, the paper's first (human participants, supervised, self-supervised) and
 * the other models in a block of their own, on a white-red scale that spans the data's range (blue
 * below 0), so that the differences between about 0 and 0.9 stay visible. The diagonal, each
 * observer with itself, is grey.
 */
final class ErrorConsistencyMatrix implements Figure {
  // Darker than the palest colours of the scale, so that the diagonal never reads as kappa 0.
  private static final Color SELF = new Color(190, 190, 190);

  private final Dataset dataset;
  private final List<ObserverStyle> observers;
  private final double[][] kappa;
  private final String missing;
  // Fitted once, when first needed: the caption and the drawing both use it, and fitting it
  // measures every observer's name at each candidate cell size.
  private MatrixLayout layout;

  ErrorConsistencyMatrix(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    ConsistencyMatrix matrix =
        results
            .dataset(dataset)
            .flatMap(DatasetResults::consistency)
            .orElseThrow(() -> new IllegalArgumentException("no matrix for " + dataset.name()));
    List<String> order = styles.order(matrix.observers());
    this.observers = order.stream().map(styles::style).toList();
    this.kappa = new double[order.size()][order.size()];
    for (int i = 0; i < order.size(); i++) {
      for (int j = 0; j < order.size(); j++) {
        kappa[i][j] = matrix.kappa(order.get(i), order.get(j));
      }
    }
    this.missing = styles.missingPaperModels(order);
  }

  @Override
  public String id() {
    return "fig2-" + dataset.name();
  }

  @Override
  public Optional<Dataset> dataset() {
    return Optional.of(dataset);
  }

  @Override
  public PaperSection section() {
    return PaperSection.IMAGE;
  }

  @Override
  public String title() {
    return dataset.title() + ": error consistency between observers";
  }

  @Override
  public String caption() {
    long humans = observers.stream().filter(o -> o.group() == ObserverGroup.HUMAN).count();
    return Captions.join(
        "Error consistency (Cohen's kappa on trial-by-trial correctness) between every pair of"
            + " observers in the "
            + Captions.lower(dataset.title())
            + " experiment: "
            + humans
            + " human participants and "
            + (observers.size() - humans)
            + " models, grouped as "
            + groupList()
            + ".",
        scaleSentence(),
        "The diagonal (each observer with itself) is grey.",
        labelSentence(),
        missing);
  }

  /** Where the axes name only some observers, which ones; else nothing. */
  private String labelSentence() {
    int step = layout().labelStep();
    return step == 1
        ? ""
        : "With "
            + observers.size()
            + " observers the axes name every "
            + ordinal(step)
            + " one, starting with the first; in the interactive figure, each cell's tooltip"
            + " names both.";
  }

  // The smallest cell and font the layout allows need at most every third row.
  private static String ordinal(int k) {
    return switch (k) {
      case 2 -> "second";
      case 3 -> "third";
      default -> throw new IllegalStateException("labels every " + k + " rows");
    };
  }

  private MatrixLayout layout() {
    if (layout == null) {
      List<String> tickLabels =
          ticks(scale()).stream().map(ErrorConsistencyMatrix::tickLabel).toList();
      layout =
          MatrixLayout.of(
              observers.stream().map(ObserverStyle::name).toList(), bands(), tickLabels);
    }
    return layout;
  }

  /** "humans, supervised and other models". */
  private String groupList() {
    List<String> groups = new ArrayList<>();
    for (ObserverStyle o : observers) {
      String name =
          !o.paper()
              ? "other"
              : switch (o.group()) {
                case HUMAN -> "humans";
                case SUPERVISED -> "supervised";
                case SELF_SUPERVISED -> "self-supervised";
                case OTHER -> "other";
              };
      if (!groups.contains(name)) {
        groups.add(name);
      }
    }
    boolean models = observers.stream().anyMatch(o -> o.group() != ObserverGroup.HUMAN);
    return Captions.list(groups) + (models ? " models" : "");
  }

  @Override
  public String altText() {
    return String.format(
        Locale.ROOT,
        "Heat map of error consistency between %d observers on %s, on a scale from %s to %s,"
            + " white at 0. Mean kappa between human participants %s, between models %s, between"
            + " humans and models %s.",
        observers.size(),
        Captions.lower(dataset.title()),
        tickLabel(scale().min()),
        tickLabel(scale().max()),
        Captions.value(meanKappa(true, true)),
        Captions.value(meanKappa(false, false)),
        Captions.value(meanKappa(true, false)));
  }

  private double meanKappa(boolean firstHuman, boolean secondHuman) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < observers.size(); i++) {
      for (int j = i + 1; j < observers.size(); j++) {
        boolean a = observers.get(i).group() == ObserverGroup.HUMAN;
        boolean b = observers.get(j).group() == ObserverGroup.HUMAN;
        if ((a == firstHuman && b == secondHuman) || (a == secondHuman && b == firstHuman)) {
          if (Double.isFinite(kappa[i][j])) {
            sum += kappa[i][j];
            n++;
          }
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  @Override
  public DataTable table() {
    List<String> columns = new ArrayList<>();
    columns.add("observer");
    observers.forEach(o -> columns.add(o.id()));
    DataTable.Builder table = new DataTable.Builder(columns.toArray(String[]::new));
    for (int i = 0; i < observers.size(); i++) {
      Object[] row = new Object[observers.size() + 1];
      row[0] = observers.get(i).id();
      for (int j = 0; j < observers.size(); j++) {
        row[j + 1] = kappa[i][j];
      }
      table.row(row);
    }
    return table.build();
  }

  /** "Colour runs from kappa 0 (white: ...) to 0.9 (dark red); ..." */
  private String scaleSentence() {
    ColourScale scale = scale();
    String text =
        "Colour runs from white at kappa 0 (no more overlap of errors than chance) to dark red at "
            + tickLabel(scale.max())
            + ", the largest value here rounded up";
    return scale.min() < 0
        ? text + "; blue marks kappa below 0, down to " + tickLabel(scale.min()) + "."
        : text + ".";
  }

  /**
   * The colour scale: from 0, or the smallest kappa between different observers rounded down to a
   * tenth, to the largest rounded up (at least 0.1).
   */
  ColourScale scale() {
    double min = 0;
    double max = 0;
    for (int i = 0; i < kappa.length; i++) {
      for (int j = 0; j < kappa.length; j++) {
        if (i != j && Double.isFinite(kappa[i][j])) {
          min = Math.min(min, kappa[i][j]);
          max = Math.max(max, kappa[i][j]);
        }
      }
    }
    double low = Math.max(-1, Math.floor(min * 10 - 1e-9) / 10);
    double high = Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
    return ColourScale.kappa(low, high);
  }

  /** Ticks every tenth or fifth from 0 both ways, and at both ends. */
  private static List<Double> ticks(ColourScale scale) {
    double step = scale.max() - scale.min() > 0.6 ? 0.2 : 0.1;
    List<Double> ticks = new ArrayList<>(List.of(scale.min()));
    for (int k = (int) Math.ceil(scale.min() / step); k * step < scale.max(); k++) {
      double t = Math.round(k * step * 10) / 10.0;
      if (t - scale.min() > step / 2 && scale.max() - t > step / 2 - 1e-9) {
        ticks.add(t);
      }
    }
    ticks.add(scale.max());
    if (scale.min() < 0 && !ticks.contains(0.0)) {
      ticks.add(0.0);
      ticks.sort(null);
    }
    return ticks;
  }

  @Override
  public Drawing chart() {
    int n = observers.size();
    ColourScale scale = scale();
    List<Double> ticks = ticks(scale);
    List<MatrixLayout.Band> bands = bands();
    MatrixLayout layout = layout();
    // Each observer with itself is always 1 and says nothing: left grey, out of the scale.
    double[][] cells = new double[n][];
    for (int i = 0; i < n; i++) {
      cells[i] = kappa[i].clone();
      cells[i][i] = Double.NaN;
    }
    Canvas canvas = new Canvas(layout.width(), layout.height());
    canvas.add(
        g ->
            Text.draw(
                g,
                dataset.title(),
                Theme.TITLE,
                Theme.TEXT,
                MatrixLayout.PAD,
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    HeatMapCells.add(
        canvas, cells, scale, layout.left(), layout.top(), layout.cell(), layout.cell(), SELF);
    canvas.add(g -> paintLabels(g, layout));
    canvas.add(g -> paintBands(g, layout, bands));
    canvas.add(
        g ->
            scale.paintVertical(
                g,
                layout.barX(),
                layout.top(),
                MatrixLayout.BAR_WIDTH,
                layout.barHeight(),
                ticks,
                ErrorConsistencyMatrix::tickLabel,
                "Error consistency (\u03ba)"));
    canvas.spots(() -> hotspots(layout));
    return canvas;
  }

  /** One per cell (about the row's model, else the column's) and one per row label. */
  private List<Hotspot> hotspots(MatrixLayout layout) {
    int n = observers.size();
    int cell = layout.cell();
    List<Hotspot> spots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObserverStyle row = observers.get(i);
      double y = layout.top() + i * cell;
      if (i % layout.labelStep() == 0) {
        double labelWidth = Text.width(row.name(), layout.font());
        double labelX = layout.left() - MatrixLayout.LABEL_GAP - labelWidth;
        spots.add(
            Hotspot.area(new Rectangle2D.Double(labelX, y, labelWidth, cell), row, row.name()));
      }
      for (int j = 0; j < n; j++) {
        ObserverStyle column = observers.get(j);
        ObserverStyle about = Hotspot.linkOf(row) != null ? row : column;
        String tooltip =
            row.name()
                + " \u00d7 "
                + column.name()
                + ": \u03ba "
                + (i == j ? "1 (itself)" : Captions.minus(Captions.value(kappa[i][j])));
        spots.add(
            Hotspot.area(
                new Rectangle2D.Double(layout.left() + j * cell, y, cell, cell), about, tooltip));
      }
    }
    return spots;
  }

  private static String tickLabel(double v) {
    return Captions.minus(FixedPoint.formatted(v, 1));
  }

  /** Runs of the paper's observers of one group, then one run of all other models. */
  private List<MatrixLayout.Band> bands() {
    List<MatrixLayout.Band> bands = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= observers.size(); i++) {
      if (i == observers.size() || !band(observers.get(i)).equals(band(observers.get(start)))) {
        bands.add(new MatrixLayout.Band(start, i, band(observers.get(start))));
        start = i;
      }
    }
    return bands;
  }

  private static String band(ObserverStyle o) {
    return o.paper() ? o.group().title() : ObserverGroup.OTHER.title();
  }

  private void paintLabels(Graphics2D g, MatrixLayout layout) {
    int n = observers.size();
    double left = layout.left();
    double top = layout.top();
    int cell = layout.cell();
    for (int i = 0; i < n; i += layout.labelStep()) {
      ObserverStyle o = observers.get(i);
      double c = i * cell + cell / 2.0;
      Color colour = Theme.readable(o.colour());
      Font font = layout.font();
      double gap = MatrixLayout.LABEL_GAP;
      Text.draw(g, o.name(), font, colour, left - gap, top + c, Text.Align.END, Text.Align.CENTRE);
      Text.draw(
          g,
          o.name(),
          font,
          colour,
          left + c,
          top + layout.size(n) + gap,
          Text.Align.END,
          Text.Align.CENTRE,
          90);
    }
  }

  /** Group headers and coloured strips above the matrix, and white rules between groups. */
  private void paintBands(Graphics2D g, MatrixLayout layout, List<MatrixLayout.Band> bands) {
    double left = layout.left();
    double top = layout.top();
    int cell = layout.cell();
    double size = layout.size(observers.size());
    for (int b = 0; b < bands.size(); b++) {
      MatrixLayout.Band band = bands.get(b);
      ObserverStyle first = observers.get(band.start());
      double x0 = left + band.start() * cell;
      double x1 = left + band.end() * cell;
      g.setColor(first.colour());
      g.fill(new Rectangle2D.Double(x0 + 1, top - 8, x1 - x0 - 2, 3));
      Text.draw(
          g,
          band.title(),
          MatrixLayout.HEADER,
          Theme.readable(first.colour()),
          layout.headers().get(b),
          top - 14,
          Text.Align.START,
          Text.Align.END);
      if (band.end() < observers.size()) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(x1, top, x1, top + size));
        g.draw(
            new Line2D.Double(left, top + band.end() * cell, left + size, top + band.end() * cell));
      }
    }
  }
}
