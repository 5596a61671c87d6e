package org.cakebench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.Datasets;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark leaderboard as model-vs-human ranks it (Geirhos et al., 2021): among the models
 * with decisions on every dataset, an OOD-accuracy ranking, and a human-likeness ranking by the
 * mean of the ranks in accuracy difference (lower is better), observed consistency and error
 * consistency (higher is better). Ties share the mean of their places. Each row also gives the
 * scores over the paper's 15 datasets next to those over all.
 *
 * @param humans the human reference row, or null without human trials
 * @param ranked the models with every dataset, best human-likeness first
 * @param partial the models with some datasets only, unranked, in report order
 */
public record Leaderboard(@Nullable Row humans, List<Row> ranked, List<Row> partial) {

  public Leaderboard {
    ranked = List.copyOf(ranked);
    partial = List.copyOf(partial);
  }

  /**
   * One observer's row.
   *
   * @param scores its scores over every dataset with trials
   * @param paperScores its scores over the paper's 15 datasets
   * @param oodRank its place by OOD accuracy (NaN: unranked)
   * @param meanRank the mean of its places in the three human-likeness measures (NaN: unranked)
   * @param humanLikenessRank its place by that mean (NaN: unranked)
   */
  public record Row(
      BenchmarkScores scores,
      BenchmarkScores paperScores,
      double oodRank,
      double meanRank,
      double humanLikenessRank) {

    /** The observer id. */
    public String observer() {
      return scores.observer();
    }
  }

  /** The leaderboard of {@code rows}, the human row among them; models in report order. */
  static Leaderboard of(List<BenchmarkScores> rows) {
    BenchmarkScores humans = rows.stream().filter(BenchmarkScores::human).findFirst().orElse(null);
    List<BenchmarkScores> complete = new ArrayList<>();
    List<BenchmarkScores> partial = new ArrayList<>();
    for (BenchmarkScores b : rows) {
      if (!b.human()) {
        (b.missingDatasets().isEmpty() ? complete : partial).add(b);
      }
    }
    double[] ood = places(complete, BenchmarkScores::oodAccuracy, true);
    double[] difference = places(complete, BenchmarkScores::accuracyDifference, false);
    double[] observed = places(complete, BenchmarkScores::observedConsistency, true);
    double[] kappa = places(complete, BenchmarkScores::errorConsistency, true);
    double[] mean = new double[complete.size()];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = (difference[i] + observed[i] + kappa[i]) / 3;
    }
    double[] likeness = places(indices(mean.length), i -> mean[i], false);
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < complete.size(); i++) {
      ranked.add(row(complete.get(i), ood[i], mean[i], likeness[i]));
    }
    ranked.sort(
        Comparator.comparingDouble(Row::humanLikenessRank).thenComparingDouble(Row::oodRank));
    return new Leaderboard(
        humans == null ? null : row(humans, Double.NaN, Double.NaN, Double.NaN),
        ranked,
        partial.stream().map(b -> row(b, Double.NaN, Double.NaN, Double.NaN)).toList());
  }

  private static Row row(BenchmarkScores b, double ood, double mean, double likeness) {
    return new Row(b, b.over(Datasets.PAPER), ood, mean, likeness);
  }

  /**
   * The place of each item by its value, 1 for the best; items with equal values share the mean of
   * their places; items without a value (NaN) come last, sharing theirs.
   */
  static <T> double[] places(List<T> items, ToDoubleFunction<T> value, boolean higherIsBetter) {
    int n = items.size();
    Integer[] order = indices(n).toArray(new Integer[0]);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double v = value.applyAsDouble(items.get(i));
      values[i] = Double.isNaN(v) ? Double.NaN : higherIsBetter ? -v : v;
    }
    // NaN sorts last with Double.compare.
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] places = new double[n];
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && Double.compare(values[order[end + 1]], values[order[start]]) == 0) {
        end++;
      }
      double place = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        places[order[k]] = place;
      }
      start = end + 1;
    }
    return places;
  }

  private static List<Integer> indices(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
