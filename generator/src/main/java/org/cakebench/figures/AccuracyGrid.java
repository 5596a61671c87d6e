package org.cakebench.figures;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.PaperSection;

/**
 * Figure 1 as the paper lays it out: 16-class accuracy against the conditions of every parametric
 * dataset as small multiples, {@value #COLUMNS} panels to a row on a shared 0-1 scale, with one
 * legend for all. Each panel is also a figure of its own ({@link AccuracyPlot}), for the dataset's
 * page and to download alone.
 */
final class AccuracyGrid implements Figure {
  static final String ID = "fig1-accuracy";

  private static final int COLUMNS = 3;
  private static final int PANEL_HEIGHT = 230;
  private static final int PANEL_TITLE = 22;
  private static final int ROW_GAP = 10;
  private static final int COLUMN_GAP = 12;
  // Room the y axis title takes in the first column of each row.
  private static final int Y_TITLE = 22;
  private static final int TOP = 32;
  private static final int PAD = 4;

  private final List<ConditionSeries> panels = new ArrayList<>();
  private final List<ObserverStyle> observers;
  private final String missing;

  AccuracyGrid(AnalysisResults results, ObserverStyles styles, List<Dataset> datasets) {
    Set<String> ids = new LinkedHashSet<>();
    for (Dataset d : datasets) {
      ConditionSeries series = AccuracyPlot.series(results, styles, d);
      panels.add(series);
      ids.addAll(series.ids());
    }
    this.observers = styles.order(ids).stream().map(styles::style).toList();
    this.missing = styles.missingPaperModels(ids);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PaperSection section() {
    return PaperSection.OOD;
  }

  @Override
  public String title() {
    return "Accuracy under " + panels.size() + " distortions";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Classification accuracy (16 classes) of "
            + Captions.who(observers)
            + " in each of the "
            + panels.size()
            + " distortion experiments, against the distortion's strength (one panel each, all on"
            + " the same scale from 0 to 1); humans are pooled over all participants.",
        // Panels a quarter the size of a dataset's plot have room for one set of bars: the
        // humans', the reference every model is compared with.
        "Bars: the humans' 95 % intervals between participants; the models' intervals over"
            + " images are drawn on each dataset's page.",
        "Dotted lines mark chance (1/16).",
        observers.size() > ConditionLinePlot.NAMED_LEGEND
                && observers.stream().anyMatch(o -> !o.paper())
            ? "Models outside the paper's comparison are drawn lighter, beneath the paper's"
                + " observers."
            : "",
        missing);
  }

  @Override
  public String altText() {
    List<String> parts = new ArrayList<>();
    for (ConditionSeries s : panels) {
      List<String> means = new ArrayList<>();
      for (ObserverStyle o : s.observers()) {
        if (o.paper()) {
          means.add(o.name() + " " + Captions.value(s.mean(o.id())));
        }
      }
      parts.add(s.dataset().title() + ": mean accuracy " + String.join(", ", means));
    }
    return "Small multiples of classification accuracy against distortion strength. "
        + String.join(". ", parts)
        + ".";
  }

  @Override
  public DataTable table() {
    List<String> columns = new ArrayList<>();
    columns.add("dataset");
    columns.addAll(panels.get(0).table().columns());
    DataTable.Builder table = new DataTable.Builder(columns.toArray(String[]::new));
    for (ConditionSeries s : panels) {
      for (List<String> row : s.table().rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(s.dataset().name());
        cells.addAll(row);
        table.row(cells.toArray());
      }
    }
    return table.build();
  }

  /** What {@link #chart()} draws in each panel: only the humans get their bars. */
  List<ConditionLinePlot.Spec> specs() {
    return panels.stream().map(AccuracyGrid::spec).toList();
  }

  private static ConditionLinePlot.Spec spec(ConditionSeries series) {
    return AccuracyPlot.spec(series, "", o -> o.group() == ObserverGroup.HUMAN);
  }

  @Override
  public Drawing chart() {
    Map<String, BasicStroke> lines = ConditionLinePlot.lines(observers);
    List<ObserverStyle> looks = ConditionLinePlot.looks(observers);
    Legend legend = Legend.observers(looks, lines, ConditionLinePlot.NAMED_LEGEND);
    double legendWidth = Theme.WIDTH - 2 * PAD;
    double legendTop = TOP;
    double gridTop = Math.ceil(legendTop + legend.height(legendWidth) + 8);
    int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
    int cell = PANEL_TITLE + PANEL_HEIGHT + ROW_GAP;
    int height = (int) gridTop + rows * cell - ROW_GAP + PAD;
    int column = (Theme.WIDTH - 2 * PAD - Y_TITLE - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS;

    Canvas canvas = new Canvas(Theme.WIDTH, height);
    canvas.add(
        g ->
            Text.draw(
                g, title(), Theme.TITLE, Theme.TEXT, PAD, 16, Text.Align.START, Text.Align.CENTRE));
    canvas.add(legend, PAD, legendTop, legendWidth);
    for (int i = 0; i < panels.size(); i++) {
      ConditionSeries series = panels.get(i);
      int c = i % COLUMNS;
      boolean first = c == 0;
      double x = first ? PAD : PAD + Y_TITLE + c * (column + COLUMN_GAP);
      double y = gridTop + (i / COLUMNS) * cell + PANEL_TITLE;
      int width = column + (first ? Y_TITLE : 0);
      List<ObserverStyle> drawn =
          looks.stream().filter(o -> series.ids().contains(o.id())).toList();
      ChartPanel panel =
          ConditionPanel.add(
              canvas,
              spec(series),
              drawn,
              lines,
              x,
              y,
              width,
              PANEL_HEIGHT,
              new ConditionPanel.Look(Theme.TICK, 7, first));
      canvas.add(
          g ->
              Text.draw(
                  g,
                  series.dataset().title(),
                  Theme.PANEL,
                  Theme.TEXT,
                  (panel.frame().left() + panel.frame().right()) / 2,
                  y - 6,
                  Text.Align.CENTRE,
                  Text.Align.END));
    }
    return canvas;
  }
}
