package org.cakebench.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;

/**
 * Figures 4 and 5 of the paper: confusion matrices of one parametric dataset, one panel per
 * condition (columns) and observer (rows: pooled humans, then every model with data). In a panel,
 * rows are responses (16 categories and "na"), columns the true categories, coloured from white (0
 * %) to red (100 % of the category's trials).
 */
final class ConfusionMatrixGrid implements Figure {
  private static final int RESPONSES = Category.count() + 1;
  private static final int GAP = 6;
  private static final int ROW_GAP = 14;
  private static final int HEADER = 84;

  private final String id;
  private final Dataset dataset;
  private final List<Condition> conditions;
  private final List<ObserverStyle> observers;
  // matrices.get(observer).get(condition), null where there is none
  private final List<List<ConfusionMatrix>> matrices = new ArrayList<>();
  private final String missing;

  ConfusionMatrixGrid(String id, AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.id = id;
    this.dataset = dataset;
    this.conditions =
        dataset.conditions().stream()
            .filter(
                c ->
                    results.confusions().stream()
                        .anyMatch(
                            e ->
                                e.dataset().equals(dataset.name())
                                    && e.condition().equals(c.label())))
            .toList();
    List<String> ids = ObserverStyles.humansAndModels(results);
    List<String> present = ids.stream().filter(o -> results.has(o, dataset.name())).toList();
    this.observers = styles.order(present).stream().map(styles::style).toList();
    for (ObserverStyle o : observers) {
      List<ConfusionMatrix> row = new ArrayList<>();
      for (Condition c : conditions) {
        row.add(results.confusion(o.id(), dataset.name(), c.label()).orElse(null));
      }
      matrices.add(row);
    }
    this.missing = styles.missingPaperModels(present);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String section() {
    return "category";
  }

  @Override
  public String title() {
    return dataset.title() + ": confusion matrices";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Confusion matrices of "
            + Captions.who(observers)
            + " for each "
            + Captions.lower(dataset.xAxisLabel())
            + " condition of the "
            + Captions.lower(dataset.title())
            + " experiment (left to right: "
            + String.join(", ", conditions.stream().map(Condition::plotLabel).toList())
            + ").",
        "In each panel columns are the true categories and rows the responses, both in the"
            + " order airplane to truck, with \"na\" (no answer) last; colour is the percentage of"
            + " a category's trials given each response, from white (0 %) to red (100 %).",
        "A correct observer shows a diagonal; a horizontal band means one response for"
            + " everything.",
        missing);
  }

  @Override
  public String altText() {
    StringBuilder text =
        new StringBuilder("Grid of confusion matrices for ")
            .append(Captions.lower(dataset.title()))
            .append(": ")
            .append(observers.size())
            .append(" rows of observers by ")
            .append(conditions.size())
            .append(" conditions. Most frequent response at the strongest condition (")
            .append(conditions.get(conditions.size() - 1).plotLabel())
            .append("): ");
    List<String> parts = new ArrayList<>();
    for (int o = 0; o < observers.size(); o++) {
      ConfusionMatrix last = matrices.get(o).get(conditions.size() - 1);
      if (last == null) {
        continue;
      }
      int top = dominantResponse(last);
      parts.add(
          observers.get(o).name()
              + " "
              + (top == ConfusionMatrix.NO_ANSWER_ROW ? "no answer" : Category.at(top).label())
              + " ("
              + Captions.percent(rowMean(last, top) / 100)
              + " of trials)");
    }
    return text.append(String.join(", ", parts)).append('.').toString();
  }

  private static int dominantResponse(ConfusionMatrix m) {
    int best = 0;
    for (int r = 1; r < RESPONSES; r++) {
      if (rowMean(m, r) > rowMean(m, best)) {
        best = r;
      }
    }
    return best;
  }

  private static double rowMean(ConfusionMatrix m, int row) {
    double sum = 0;
    int n = 0;
    for (double v : m.percent()[row]) {
      if (Double.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("observer", "condition", "label", "response", "category", "percent");
    for (int o = 0; o < observers.size(); o++) {
      for (int c = 0; c < conditions.size(); c++) {
        ConfusionMatrix m = matrices.get(o).get(c);
        if (m == null) {
          continue;
        }
        for (int r = 0; r < RESPONSES; r++) {
          for (int k = 0; k < Category.count(); k++) {
            table.row(
                observers.get(o).id(),
                conditions.get(c).label(),
                conditions.get(c).plotLabel(),
                responseLabel(r),
                Category.at(k).label(),
                m.percent()[r][k]);
          }
        }
      }
    }
    return table.build();
  }

  private static String responseLabel(int row) {
    return row == ConfusionMatrix.NO_ANSWER_ROW ? Category.NO_ANSWER : Category.at(row).label();
  }

  @Override
  public Drawing chart() {
    int columns = Math.max(1, conditions.size());
    Font rowFont = new Font(Theme.FAMILY, Font.PLAIN, 10);
    List<String> responses = new ArrayList<>();
    for (int r = 0; r < RESPONSES; r++) {
      responses.add(responseLabel(r));
    }
    double nameWidth = 22;
    double labelWidth = Text.maxWidth(responses, rowFont) + 5;
    double left = nameWidth + labelWidth;
    int cellWidth =
        Math.max(3, (int) ((Theme.WIDTH - left - 4 - GAP * (columns - 1)) / (columns * 16.0)));
    int cellHeight = 11;
    int panelWidth = cellWidth * Category.count();
    int panelHeight = cellHeight * RESPONSES;
    int width = (int) Math.ceil(left + columns * panelWidth + (columns - 1) * GAP + 4);
    Font columnFont = new Font(Theme.FAMILY, Font.PLAIN, Math.min(9, cellWidth + 1));
    double columnLabels = Text.maxWidth(categoryLabels(), columnFont) + 8;
    int height =
        (int) Math.ceil(HEADER + observers.size() * (panelHeight + ROW_GAP) + columnLabels + 4);

    Canvas canvas = new Canvas(width, height);
    canvas.add(g -> paintHeader(g, left, panelWidth, width));
    for (int o = 0; o < observers.size(); o++) {
      double y = HEADER + o * (panelHeight + ROW_GAP);
      for (int c = 0; c < conditions.size(); c++) {
        ConfusionMatrix m = matrices.get(o).get(c);
        if (m != null) {
          HeatMapCells.add(
              canvas,
              m.percent(),
              ColourScale.PERCENT,
              left + c * (panelWidth + GAP),
              y,
              cellWidth,
              cellHeight);
        }
      }
      int row = o;
      canvas.add(
          g ->
              paintRowLabels(
                  g, row, y, left, labelWidth, rowFont, panelWidth, panelHeight, cellHeight));
    }
    double bottom = HEADER + observers.size() * (panelHeight + ROW_GAP) - ROW_GAP;
    canvas.add(g -> paintColumnLabels(g, left, bottom, panelWidth, cellWidth, columnFont));
    return canvas;
  }

  private void paintHeader(Graphics2D g, double left, int panelWidth, int width) {
    Text.draw(
        g, dataset.title(), Theme.TITLE, Theme.TEXT, 4, 16, Text.Align.START, Text.Align.CENTRE);
    ColourScale.PERCENT.paintHorizontal(
        g,
        width - 204,
        10,
        180,
        10,
        List.of(0.0, 25.0, 50.0, 75.0, 100.0),
        v -> String.format(Locale.ROOT, "%.0f %%", v),
        "Share of trials");
    double gridWidth = conditions.size() * (panelWidth + GAP) - GAP;
    Text.draw(
        g,
        dataset.xAxisLabel(),
        Theme.AXIS_TITLE,
        Theme.TEXT,
        left + gridWidth / 2,
        50,
        Text.Align.CENTRE,
        Text.Align.END);
    for (int c = 0; c < conditions.size(); c++) {
      double cx = left + c * (panelWidth + GAP) + panelWidth / 2.0;
      Text.draw(
          g,
          conditions.get(c).plotLabel(),
          Theme.TICK,
          Theme.TEXT,
          cx,
          HEADER - 8,
          Text.Align.CENTRE,
          Text.Align.END);
    }
  }

  private void paintRowLabels(
      Graphics2D g,
      int row,
      double y,
      double left,
      double labelWidth,
      Font font,
      int panelWidth,
      int panelHeight,
      int cellHeight) {
    ObserverStyle o = observers.get(row);
    Font nameFont = Theme.PANEL;
    String name = o.name();
    double available = panelHeight;
    if (Text.width(name, nameFont) > available) {
      nameFont = nameFont.deriveFont(10f);
    }
    Text.draw(
        g,
        name,
        nameFont,
        Theme.readable(o.colour()),
        14,
        y + panelHeight / 2.0,
        Text.Align.CENTRE,
        Text.Align.CENTRE,
        90);
    for (int r = 0; r < RESPONSES; r++) {
      Text.draw(
          g,
          responseLabel(r),
          font,
          Theme.MUTED,
          left - 4,
          y + r * cellHeight + cellHeight / 2.0,
          Text.Align.END,
          Text.Align.CENTRE);
    }
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int c = 0; c < conditions.size(); c++) {
      g.draw(new Rectangle2D.Double(left + c * (panelWidth + GAP), y, panelWidth, panelHeight));
    }
  }

  private void paintColumnLabels(
      Graphics2D g, double left, double bottom, int panelWidth, int cellWidth, Font font) {
    for (int c = 0; c < conditions.size(); c++) {
      double x0 = left + c * (panelWidth + GAP);
      for (int k = 0; k < Category.count(); k++) {
        Text.draw(
            g,
            Category.at(k).label(),
            font,
            Theme.MUTED,
            x0 + k * cellWidth + cellWidth / 2.0,
            bottom + 4,
            Text.Align.END,
            Text.Align.CENTRE,
            90);
      }
    }
  }

  private static List<String> categoryLabels() {
    List<String> labels = new ArrayList<>();
    for (Category c : Category.values()) {
      labels.add(c.label());
    }
    return labels;
  }
}
