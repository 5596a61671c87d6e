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
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.PaperSection;

/**
 * Figure 2 (matrix) of the paper for one dataset without conditions: error consistency (kappa) of
 * every pair of observers, human participants and models, ordered humans, supervised,
 * self-supervised, other, on a blue-white-red scale centred at 0.
 */
final class ErrorConsistencyMatrix implements Figure {
  private final Dataset dataset;
  private final List<ObserverStyle> observers;
  private final double[][] kappa;
  private final String missing;

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
        "Red: errors on the same images; white: no more overlap than chance (kappa 0); blue: less.",
        missing);
  }

  /** "humans, supervised and other models". */
  private String groupList() {
    List<String> groups = new ArrayList<>();
    for (ObserverStyle o : observers) {
      String name =
          switch (o.group()) {
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
        "Heat map of error consistency between %d observers on %s, on a scale from -1 (blue)"
            + " through 0 (white) to 1 (red). Mean kappa between human participants %s, between"
            + " models %s, between humans and models %s.",
        observers.size(),
        Captions.lower(dataset.title()),
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

  @Override
  public Drawing chart() {
    int n = observers.size();
    List<Double> ticks = List.of(-1.0, -0.5, 0.0, 0.5, 1.0);
    List<String> tickLabels = ticks.stream().map(ErrorConsistencyMatrix::tickLabel).toList();
    List<MatrixLayout.Band> bands = bands();
    MatrixLayout layout =
        MatrixLayout.of(observers.stream().map(ObserverStyle::name).toList(), bands, tickLabels);
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
        canvas,
        kappa,
        ColourScale.KAPPA,
        layout.left(),
        layout.top(),
        layout.cell(),
        layout.cell());
    canvas.add(g -> paintLabels(g, layout));
    canvas.add(g -> paintBands(g, layout, bands));
    canvas.add(
        g ->
            ColourScale.KAPPA.paintVertical(
                g,
                layout.barX(),
                layout.top(),
                MatrixLayout.BAR_WIDTH,
                layout.barHeight(),
                ticks,
                ErrorConsistencyMatrix::tickLabel,
                "Error consistency (\u03ba)"));
    return canvas;
  }

  private static String tickLabel(double v) {
    return Captions.minus(String.format(Locale.ROOT, "%.1f", v));
  }

  /** Runs of observers of the same group. */
  private List<MatrixLayout.Band> bands() {
    List<MatrixLayout.Band> bands = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= observers.size(); i++) {
      if (i == observers.size() || observers.get(i).group() != observers.get(start).group()) {
        bands.add(new MatrixLayout.Band(start, i, observers.get(start).group().title()));
        start = i;
      }
    }
    return bands;
  }

  private void paintLabels(Graphics2D g, MatrixLayout layout) {
    int n = observers.size();
    double left = layout.left();
    double top = layout.top();
    int cell = layout.cell();
    for (int i = 0; i < n; i++) {
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
