package org.cakebench.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;

/**
 * One measure of a parametric dataset per observer and condition (accuracy, error consistency with
 * humans): takes a lookup of each observer's numbers in a condition and gives the figure's table
 * and its line plot against the conditions.
 *
 * @param dataset the dataset
 * @param conditions its conditions where some observer has numbers, in registry order
 * @param observers the observers with numbers in some condition, in figure order
 * @param columns the names of the numbers per observer and condition; the first is drawn
 * @param values per observer id and condition, the numbers of {@code columns} (NaN: none)
 */
record ConditionSeries(
    Dataset dataset,
    List<Condition> conditions,
    List<ObserverStyle> observers,
    List<String> columns,
    Map<String, double[][]> values) {

  ConditionSeries {
    conditions = List.copyOf(conditions);
    observers = List.copyOf(observers);
    columns = List.copyOf(columns);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Finds an observer's numbers in a condition (one per column), empty where it has none. */
  interface Lookup {
    Optional<double[]> find(String observer, Condition condition);
  }

  /** The numbers of {@code candidates} on {@code dataset} that {@code lookup} finds. */
  static ConditionSeries collect(
      Dataset dataset,
      Collection<String> candidates,
      ObserverStyles styles,
      List<String> columns,
      Lookup lookup) {
    Map<String, double[][]> found = new LinkedHashMap<>();
    List<Condition> conditions = dataset.conditions();
    for (String id : styles.order(candidates)) {
      double[][] cells = new double[conditions.size()][];
      boolean any = false;
      for (int i = 0; i < conditions.size(); i++) {
        Optional<double[]> cell = lookup.find(id, conditions.get(i));
        any |= cell.isPresent();
        cells[i] = cell.orElse(null);
      }
      if (any) {
        found.put(id, cells);
      }
    }
    // Keep the conditions some observer has numbers for; fill the gaps of the others with NaN.
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      int condition = i;
      if (found.values().stream().anyMatch(cells -> cells[condition] != null)) {
        kept.add(i);
      }
    }
    Map<String, double[][]> values = new LinkedHashMap<>();
    found.forEach(
        (id, cells) -> {
          double[][] rows = new double[kept.size()][];
          for (int k = 0; k < kept.size(); k++) {
            double[] cell = cells[kept.get(k)];
            rows[k] = cell != null ? cell.clone() : nan(columns.size());
          }
          values.put(id, rows);
        });
    return new ConditionSeries(
        dataset,
        kept.stream().map(conditions::get).toList(),
        found.keySet().stream().map(styles::style).toList(),
        columns,
        values);
  }

  private static double[] nan(int n) {
    double[] v = new double[n];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  /** The same numbers with observer {@code id} shown as {@code name}. */
  ConditionSeries renamed(String id, String name) {
    List<ObserverStyle> restyled =
        observers.stream().map(o -> o.id().equals(id) ? o.withName(name) : o).toList();
    return new ConditionSeries(dataset, conditions, restyled, columns, values);
  }

  /** The observer ids, in figure order. */
  List<String> ids() {
    return observers.stream().map(ObserverStyle::id).toList();
  }

  /** The drawn number (the first column) of observer {@code id} in each condition. */
  double[] drawn(String id) {
    return Arrays.stream(values.get(id)).mapToDouble(cell -> cell[0]).toArray();
  }

  /** The mean of observer {@code id}'s drawn numbers, NaN when it has none. */
  double mean(String id) {
    return Arrays.stream(drawn(id)).filter(Double::isFinite).average().orElse(Double.NaN);
  }

  /** The smallest drawn number, or {@code fallback} when there is none. */
  double min(double fallback) {
    return observers.stream()
        .flatMapToDouble(o -> Arrays.stream(drawn(o.id())))
        .filter(Double::isFinite)
        .min()
        .orElse(fallback);
  }

  /** The conditions' plot labels, e.g. {@code 0.0, .03, .05}. */
  List<String> labels() {
    return conditions.stream().map(Condition::plotLabel).toList();
  }

  /** One row per observer and condition: who, which condition, then the numbers. */
  DataTable table() {
    List<String> header =
        new ArrayList<>(List.of("observer", "name", "group", "condition", "label"));
    header.addAll(columns);
    DataTable.Builder table = new DataTable.Builder(header.toArray(String[]::new));
    for (ObserverStyle o : observers) {
      double[][] cells = values.get(o.id());
      for (int i = 0; i < conditions.size(); i++) {
        List<Object> row =
            new ArrayList<>(
                List.of(
                    o.id(),
                    o.name(),
                    o.group().key(),
                    conditions.get(i).label(),
                    conditions.get(i).plotLabel()));
        for (double v : cells[i]) {
          row.add(v);
        }
        table.row(row.toArray());
      }
    }
    return table.build();
  }

  /**
   * What a line plot of the drawn numbers against the conditions shows, with a dotted reference
   * line at {@code reference} labelled {@code referenceLabel} and tooltips stating values as {@code
   * valueText} writes them.
   */
  ConditionLinePlot.Spec spec(
      String yTitle,
      double yMin,
      double yMax,
      double reference,
      String referenceLabel,
      DoubleFunction<String> valueText) {
    Map<String, double[]> drawn = new LinkedHashMap<>();
    observers.forEach(o -> drawn.put(o.id(), drawn(o.id())));
    return new ConditionLinePlot.Spec(
        dataset.title(),
        labels(),
        conditions.stream().map(c -> Captions.condition(dataset, c)).toList(),
        dataset.xAxisLabel(),
        yTitle,
        yMin,
        yMax,
        observers,
        drawn,
        reference,
        referenceLabel,
        valueText,
        ConditionLinePlot.Bars.none());
  }

  /**
   * Error bars from column {@code low} to column {@code high} for the observers {@code barred}
   * accepts, their ends stated in tooltips as {@code boundText} writes them.
   */
  ConditionLinePlot.Bars bars(
      String low, String high, Predicate<ObserverStyle> barred, DoubleFunction<String> boundText) {
    Map<String, double[]> lows = new LinkedHashMap<>();
    Map<String, double[]> highs = new LinkedHashMap<>();
    for (ObserverStyle o : observers) {
      if (barred.test(o)) {
        lows.put(o.id(), column(o.id(), low));
        highs.put(o.id(), column(o.id(), high));
      }
    }
    return new ConditionLinePlot.Bars(lows, highs, boundText);
  }

  /** The numbers of {@code column} of observer {@code id} in each condition. */
  double[] column(String id, String column) {
    int k = columns.indexOf(column);
    if (k < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in " + columns);
    }
    return Arrays.stream(values.get(id)).mapToDouble(cell -> cell[k]).toArray();
  }
}
