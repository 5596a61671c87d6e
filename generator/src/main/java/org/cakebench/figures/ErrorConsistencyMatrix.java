package org.cakebench.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConsistencyMatrix;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;

/**
 * Figure 2 (matrix) of the paper for one dataset without conditions: error consistency (kappa) of
 * every pair of observers, human participants and models, ordered humans, supervised,
 * self-supervised, other, on a blue-white-red scale centred at 0.
 */
final class ErrorConsistencyMatrix implements Figure {
  private static final int MAX_CELL = 34;
  private static final int TOP = 58;

  private final Dataset dataset;
  private final List<ObserverStyle> observers;
  private final double[][] kappa;
  private final String missing;

  ErrorConsistencyMatrix(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    ConsistencyMatrix matrix =
        results
            .matrix(dataset.name(), Analyses.ALL)
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
  public String section() {
    return "image";
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
            + " models, grouped as humans, supervised and self-supervised models.",
        "Red: errors on the same images; white: no more overlap than chance (kappa 0); blue: less.",
        missing);
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
    List<String> names = observers.stream().map(ObserverStyle::name).toList();
    double scaleWidth = ColourScale.verticalWidth(16, List.of("-0.5", "1.0"));
    int cell =
        Math.max(6, Math.min(MAX_CELL, (int) ((Theme.WIDTH - 150 - scaleWidth) / Math.max(1, n))));
    Font font = new Font(Theme.FAMILY, Font.PLAIN, Math.min(12, Math.max(7, cell - 3)));
    double labelWidth = Text.maxWidth(names, font) + 8;
    double left = Math.max(labelWidth, 40);
    int size = n * cell;
    double top = TOP;
    int height = (int) Math.ceil(top + size + labelWidth + 12);
    double barX = left + size + 24;
    int width = (int) Math.min(Theme.WIDTH, Math.ceil(barX + scaleWidth + 8));
    Canvas canvas = new Canvas(width, height);
    canvas.add(
        g ->
            Text.draw(
                g,
                dataset.title(),
                Theme.TITLE,
                Theme.TEXT,
                4,
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    HeatMapCells.add(canvas, kappa, ColourScale.KAPPA, left, top, cell, cell);
    canvas.add(g -> paintLabels(g, font, left, top, cell));
    canvas.add(
        g ->
            ColourScale.KAPPA.paintVertical(
                g,
                barX,
                top,
                16,
                Math.min(size, 260),
                List.of(-1.0, -0.5, 0.0, 0.5, 1.0),
                v -> Captions.minus(String.format(Locale.ROOT, "%.1f", v)),
                "Error consistency (\u03ba)"));
    return canvas;
  }

  private void paintLabels(Graphics2D g, Font font, double left, double top, int cell) {
    int n = observers.size();
    for (int i = 0; i < n; i++) {
      ObserverStyle o = observers.get(i);
      double c = i * cell + cell / 2.0;
      Color colour = Theme.readable(o.colour());
      Text.draw(g, o.name(), font, colour, left - 6, top + c, Text.Align.END, Text.Align.CENTRE);
      Text.draw(
          g,
          o.name(),
          font,
          colour,
          left + c,
          top + n * cell + 6,
          Text.Align.END,
          Text.Align.CENTRE,
          90);
    }
    // Group bands above the matrix, and thin white rules between groups.
    int start = 0;
    double labelEnd = Double.NEGATIVE_INFINITY;
    for (int i = 1; i <= n; i++) {
      if (i == n || observers.get(i).group() != observers.get(start).group()) {
        ObserverStyle first = observers.get(start);
        double x0 = left + start * cell;
        double x1 = left + i * cell;
        g.setColor(first.colour());
        g.fill(new Rectangle2D.Double(x0 + 1, top - 8, x1 - x0 - 2, 3));
        // Centred over its band, pushed right where the previous group's label still runs.
        String label = first.group().title();
        double w = Text.width(label, Theme.TICK);
        double lx = Math.max((x0 + x1 - w) / 2, labelEnd + 10);
        Text.draw(
            g,
            label,
            Theme.TICK,
            Theme.readable(first.colour()),
            lx,
            top - 14,
            Text.Align.START,
            Text.Align.END);
        labelEnd = lx + w;
        if (i < n) {
          g.setColor(Color.WHITE);
          g.setStroke(new java.awt.BasicStroke(2f));
          g.draw(new Line2D.Double(x1, top, x1, top + n * cell));
          g.draw(new Line2D.Double(left, top + i * cell, left + n * cell, top + i * cell));
        }
        start = i;
      }
    }
  }
}
