package org.cakebench.figures;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Draws a measure against the conditions of a parametric dataset, one line of markers per observer
 * (the layout of the paper's Figure 1): a {@link ConditionPanel} with the dataset's title above and
 * the legend to its right. Beyond {@link #NAMED_LEGEND} observers the legend names styles, and
 * models outside the paper are drawn lighter, as context beneath the paper's observers.
 */
final class ConditionLinePlot {
  /** Observers beyond this many are explained by style, not by name. */
  static final int NAMED_LEGEND = 12;

  private static final int HEIGHT = 440;
  private static final int TOP = 34;

  /**
   * What to draw.
   *
   * @param title panel title (the dataset)
   * @param conditions x tick labels in order
   * @param conditionNames the conditions as tooltips name them, e.g. {@code contrast 5}
   * @param xTitle x axis title
   * @param yTitle y axis title
   * @param yMin y axis minimum
   * @param yMax y axis maximum
   * @param observers observers in legend order
   * @param values per observer id, one value per condition (NaN: none)
   * @param reference y of the dotted reference line
   * @param referenceLabel its label
   * @param valueText a value as tooltips state it, e.g. {@code accuracy 23.4 %}
   * @param bars the error bars to draw, if any
   */
  record Spec(
      String title,
      List<String> conditions,
      List<String> conditionNames,
      String xTitle,
      String yTitle,
      double yMin,
      double yMax,
      List<ObserverStyle> observers,
      Map<String, double[]> values,
      double reference,
      String referenceLabel,
      DoubleFunction<String> valueText,
      Bars bars) {

    /** The same plot with {@code newBars}. */
    Spec withBars(Bars newBars) {
      return new Spec(
          title,
          conditions,
          conditionNames,
          xTitle,
          yTitle,
          yMin,
          yMax,
          observers,
          values,
          reference,
          referenceLabel,
          valueText,
          newBars);
    }
  }

  /**
   * Error bars, each from the low to the high end of a value's 95 % interval, for the observers
   * that have them.
   *
   * @param low per observer id, the low end in each condition (NaN: no bar)
   * @param high the high ends alike
   * @param boundText an end as tooltips state it, e.g. {@code 21.0 %}
   */
  record Bars(
      Map<String, double[]> low, Map<String, double[]> high, DoubleFunction<String> boundText) {
    /** No bars. */
    static Bars none() {
      return new Bars(Map.of(), Map.of(), v -> "");
    }

    /** Whether observer {@code id} has a bar in condition {@code c}. */
    boolean has(String id, int c) {
      double[] l = low.get(id);
      double[] h = high.get(id);
      return l != null && h != null && Double.isFinite(l[c]) && Double.isFinite(h[c]);
    }

    /** The tooltip's note on the interval of observer {@code id} in condition {@code c}. */
    String note(String id, int c) {
      return has(id, c)
          ? " (95 % interval "
              + boundText.apply(low.get(id)[c])
              + " to "
              + boundText.apply(high.get(id)[c])
              + ")"
          : "";
    }
  }

  private ConditionLinePlot() {}

  static Drawing draw(Spec spec) {
    boolean named = spec.observers().size() <= NAMED_LEGEND;
    Map<String, BasicStroke> lines = lines(spec.observers());
    List<ObserverStyle> drawn = looks(spec.observers());
    Legend legend = Legend.observers(drawn, lines, NAMED_LEGEND);
    double legendWidth = legend.columnWidth();
    int plotWidth = (int) Math.round(Theme.WIDTH - legendWidth - 28);

    Canvas canvas = new Canvas(Theme.WIDTH, HEIGHT);
    ChartPanel panel =
        ConditionPanel.add(
            canvas,
            spec,
            drawn,
            lines,
            0,
            TOP,
            plotWidth,
            HEIGHT - TOP,
            new ConditionPanel.Look(Theme.TICK, 9, true));
    canvas.add(
        g ->
            Text.draw(
                g,
                spec.title(),
                Theme.TITLE,
                Theme.TEXT,
                panel.frame().left(),
                16,
                Text.Align.START,
                Text.Align.CENTRE));
    canvas.add(legend, plotWidth + 22, panel.frame().top(), legendWidth);
    return canvas;
  }

  /**
   * Distinct dashes while the legend names each observer; beyond, solid lines, thin for models
   * outside the paper.
   */
  static Map<String, BasicStroke> lines(List<ObserverStyle> observers) {
    if (observers.size() <= NAMED_LEGEND) {
      return LineStyles.distinct(observers);
    }
    Map<String, BasicStroke> lines = LineStyles.solid(observers);
    observers.stream().filter(o -> !o.paper()).forEach(o -> lines.put(o.id(), LineStyles.THIN));
    return lines;
  }

  /**
   * How {@code observers} look: as the catalogue says while the legend names each of them; beyond,
   * models outside the paper are faded so that they never hide the paper's observers.
   */
  static List<ObserverStyle> looks(List<ObserverStyle> observers) {
    if (observers.size() <= NAMED_LEGEND) {
      return observers;
    }
    return observers.stream().map(o -> o.paper() ? o : o.faded()).toList();
  }
}
