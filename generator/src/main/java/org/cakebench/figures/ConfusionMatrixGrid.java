package org.cakebench.figures;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;

/**
 * Figures 4 and 5 of the paper: confusion matrices of one parametric dataset, one panel per
 * condition (columns) and observer (rows: pooled humans, then the chosen models with data, as the
 * paper shows a few, so that the grid stays the same size however many models there are). In a
 * panel, rows are responses (16 categories and "na"), columns the true categories, coloured from
 * white (0 %) to red (100 % of the category's trials).
 */
final class ConfusionMatrixGrid implements Figure {
  private static final int RESPONSES = ConfusionGridLayout.RESPONSES;

  private final String id;
  private final Dataset dataset;
  private final List<Condition> conditions;
  private final List<ObserverStyle> observers;
  // matrices.get(observer).get(condition), null where there is none
  private final List<List<ConfusionMatrix>> matrices = new ArrayList<>();
  private final String missing;

  ConfusionMatrixGrid(
      String id,
      AnalysisResults results,
      ObserverStyles styles,
      Dataset dataset,
      List<String> models) {
    this.id = id;
    this.dataset = dataset;
    this.conditions = results.dataset(dataset).map(DatasetResults::conditions).orElse(List.of());
    List<String> ids = new ArrayList<>();
    ids.add(Observers.HUMANS);
    ids.addAll(models);
    List<String> present = ids.stream().filter(o -> results.has(o, dataset)).toList();
    this.observers = present.stream().map(styles::style).toList();
    for (ObserverStyle o : observers) {
      List<ConfusionMatrix> row = new ArrayList<>();
      for (Condition c : conditions) {
        row.add(results.score(o.id(), dataset, c).map(ConditionScore::confusion).orElse(null));
      }
      matrices.add(row);
    }
    List<String> chosenWithout =
        models.stream().filter(m -> !results.has(m, dataset)).map(styles::name).toList();
    long others =
        results.models().stream().filter(m -> results.has(m, dataset)).count()
            - (present.size() - (present.contains(Observers.HUMANS) ? 1 : 0));
    this.missing =
        Captions.join(
            chosenWithout.isEmpty()
                ? ""
                : "No decisions yet for " + Captions.list(chosenWithout) + ".",
            others > 0
                ? others
                    + " further model"
                    + (others == 1 ? "" : "s")
                    + " with decisions not shown (chosen in content/report.yaml; all are in"
                    + " downloads/confusions.json)."
                : "");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Optional<Dataset> dataset() {
    return Optional.of(dataset);
  }

  @Override
  public PaperSection section() {
    return PaperSection.CATEGORY;
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
        "In each panel, columns are the presented categories and rows the decisions, both in the"
            + " order airplane to truck, with \"na\" (no answer) as the last row; colour is the"
            + " percentage of a category's trials given each decision, from white (0 %) to red"
            + " (100 %).",
        ConfusionGridLayout.of(conditions.size(), observers.size(), dataset.title()).blocks().size()
                > 1
            ? "The conditions continue from the upper block of panels to the lower one."
            : "",
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
    ConfusionGridLayout layout =
        ConfusionGridLayout.of(conditions.size(), observers.size(), dataset.title());
    Canvas canvas = new Canvas(layout.width(), layout.height());
    canvas.add(g -> paintHeader(g, layout));
    for (int b = 0; b < layout.blocks().size(); b++) {
      List<Integer> block = layout.blocks().get(b);
      for (int o = 0; o < observers.size(); o++) {
        for (int k = 0; k < block.size(); k++) {
          ConfusionMatrix m = matrices.get(o).get(block.get(k));
          if (m != null) {
            HeatMapCells.add(
                canvas,
                m.percent(),
                ColourScale.PERCENT,
                layout.panelX(k),
                layout.rowY(b, o),
                layout.cell(),
                layout.cell());
          }
        }
      }
      int index = b;
      canvas.add(g -> paintBlock(g, layout, index));
    }
    return canvas;
  }

  private void paintHeader(Graphics2D g, ConfusionGridLayout layout) {
    Text.draw(
        g,
        dataset.title(),
        Theme.TITLE,
        Theme.TEXT,
        ConfusionGridLayout.PAD,
        16,
        Text.Align.START,
        Text.Align.CENTRE);
    ColourScale.PERCENT.paintHorizontal(
        g,
        layout.barX(),
        10,
        180,
        10,
        List.of(0.0, 25.0, 50.0, 75.0, 100.0),
        v -> String.format(Locale.ROOT, "%.0f %%", v),
        "Share of trials");
  }

  /**
   * Labels and frames of one block: conditions above, observers and decisions left, categories
   * below.
   */
  private void paintBlock(Graphics2D g, ConfusionGridLayout layout, int b) {
    List<Integer> block = layout.blocks().get(b);
    double panels = layout.panelX(block.size()) - ConfusionGridLayout.GAP - layout.left();
    double top = layout.blockTops().get(b);
    Text.draw(
        g,
        dataset.xAxisLabel(),
        Theme.AXIS_TITLE,
        Theme.TEXT,
        layout.left() + panels / 2,
        top + 14,
        Text.Align.CENTRE,
        Text.Align.END);
    for (int k = 0; k < block.size(); k++) {
      Text.draw(
          g,
          conditions.get(block.get(k)).plotLabel(),
          Theme.TICK,
          Theme.TEXT,
          layout.panelX(k) + layout.panelWidth() / 2.0,
          layout.conditionLabelsY(b),
          Text.Align.CENTRE,
          Text.Align.END);
    }
    Text.draw(
        g,
        ConfusionGridLayout.DECISION,
        Theme.AXIS_TITLE,
        Theme.TEXT,
        layout.left() - 4,
        layout.conditionLabelsY(b),
        Text.Align.END,
        Text.Align.END);
    for (int o = 0; o < observers.size(); o++) {
      paintRow(g, layout, block.size(), o, layout.rowY(b, o));
    }
    double bottom = layout.blockBottom(b);
    double labelsEnd = bottom + 4 + Text.maxWidth(ConfusionGridLayout.categories(), layout.font());
    for (int k = 0; k < block.size(); k++) {
      for (int c = 0; c < Category.count(); c++) {
        Text.draw(
            g,
            Category.at(c).label(),
            layout.font(),
            Theme.TEXT,
            layout.panelX(k) + (c + 0.5) * layout.cell(),
            bottom + 4,
            Text.Align.END,
            Text.Align.CENTRE,
            90);
      }
    }
    Text.draw(
        g,
        ConfusionGridLayout.PRESENTED,
        Theme.AXIS_TITLE,
        Theme.TEXT,
        layout.left() + panels / 2,
        labelsEnd + 6,
        Text.Align.CENTRE,
        Text.Align.START);
  }

  /** One observer's row of panels: its name, the decision labels and the panel frames. */
  private void paintRow(Graphics2D g, ConfusionGridLayout layout, int panels, int row, double y) {
    ObserverStyle o = observers.get(row);
    int height = layout.panelHeight();
    // Shrink long names to the panel's height rather than let them run into the next row.
    float size = Theme.PANEL.getSize2D();
    double width = Text.width(o.name(), Theme.PANEL);
    Font nameFont =
        Theme.PANEL.deriveFont(Math.max(8f, Math.min(size, (float) (size * (height - 4) / width))));
    Text.draw(
        g,
        o.name(),
        nameFont,
        Theme.readable(o.colour()),
        ConfusionGridLayout.PAD + ConfusionGridLayout.NAME_STRIP / 2,
        y + height / 2.0,
        Text.Align.CENTRE,
        Text.Align.CENTRE,
        90);
    List<String> responses = ConfusionGridLayout.responses();
    for (int r = 0; r < responses.size(); r++) {
      Text.draw(
          g,
          responses.get(r),
          layout.font(),
          Theme.TEXT,
          layout.left() - 4,
          y + (r + 0.5) * layout.cell(),
          Text.Align.END,
          Text.Align.CENTRE);
    }
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    for (int k = 0; k < panels; k++) {
      g.draw(new Rectangle2D.Double(layout.panelX(k), y, layout.panelWidth(), height));
    }
  }
}
