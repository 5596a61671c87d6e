package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.3: "mean κ = 0.32" between humans. The paper does not say over which pairs or datasets
 * it averaged, so the check computes every plausible averaging and says which, if any, gives the
 * printed value; when none over all three datasets does, but the plausible averagings lie on both
 * sides of it, the data cannot say what the paper computed and the verdict is unresolved.
 */
public final class HumanKappaValueClaim implements Claim {
  static final double PAPER = 0.32;

  /** Half a unit of the printed second decimal: a value that rounds to 0.32. */
  static final double ROUNDING = 0.005;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "human-kappa-value",
        PaperSection.IMAGE,
        "Section 3.3",
        "The mean error consistency between humans is κ = 0.32. The paper does not state how it"
            + " averaged over pairs of humans and over the three texture-shape datasets.",
        "mean κ = 0.32 (averaging not stated)",
        "The paper prints two decimals and does not give its averaging. Computed here: the mean κ"
            + " over pairs of humans on cue conflict, on edges and on silhouettes alone; the mean of"
            + " these three; their mean weighted by the number of images; and the median over all"
            + " pairs of the three datasets. The paper's statement is about all three datasets, so"
            + " only the three averagings over all of them can confirm it: holds if any of them"
            + " rounds to 0.32 (within ±0.005), naming which. Otherwise unresolved (which averaging"
            + " gives 0.32 is not known) if 0.32 lies within the span of all six values, and differs"
            + " only if every one of them, single datasets included, lies on the same side of it.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Map<String, Double> single = new LinkedHashMap<>();
    Map<String, Double> candidates = new LinkedHashMap<>();
    List<Double> pairs = new ArrayList<>();
    double sum = 0;
    double weighted = 0;
    int images = 0;
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      double kappa = HumanKappaClaim.humans(report, dataset);
      List<String> humans = report.humans(dataset);
      if (!Double.isFinite(kappa) || humans.size() < 2) {
        return Outcome.noData(
            "needs two or more humans on " + dataset.name(), List.of("Humans"), Coverage.NONE);
      }
      single.put(dataset.name() + " alone", kappa);
      sum += kappa;
      // Every observer saw every image of these datasets: a human's trials are the images.
      int n = report.trials(humans.get(0), dataset);
      weighted += n * kappa;
      images += n;
      for (int i = 0; i < humans.size(); i++) {
        for (int j = i + 1; j < humans.size(); j++) {
          pairs.add(report.pairKappa(humans.get(i), humans.get(j), dataset));
        }
      }
    }
    candidates.put("mean of the three", sum / Datasets.TEXTURE_SHAPE.size());
    candidates.put("weighted by images", weighted / images);
    candidates.put("median of all " + pairs.size() + " pairs", median(pairs));
    List<String> matches = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> singleMatches = new ArrayList<>();
    single.forEach(
        (label, value) -> {
          parts.add(label + " " + Format.decimal(value, 3));
          if (roundsToPaper(value)) {
            singleMatches.add(label);
          }
        });
    candidates.forEach(
        (label, value) -> {
          parts.add(label + " " + Format.decimal(value, 3));
          if (roundsToPaper(value)) {
            matches.add(label);
          }
        });
    List<Double> all = new ArrayList<>(single.values());
    all.addAll(candidates.values());
    Verdict verdict =
        !matches.isEmpty() ? Verdict.HOLDS : spans(all) ? Verdict.UNRESOLVED : Verdict.DIFFERS;
    String paper = Format.decimal(PAPER, 2);
    String reproduced =
        String.join("; ", parts)
            + (matches.isEmpty()
                ? " — no averaging over the three datasets rounds to " + paper
                : " — rounds to " + paper + ": " + String.join(", ", matches))
            + (singleMatches.isEmpty()
                ? ""
                : " (of single datasets, " + String.join(", ", singleMatches) + " would)");
    return new Outcome(verdict, reproduced, List.of("Humans"), Coverage.NONE);
  }

  static boolean roundsToPaper(double value) {
    return Compare.atMost(Math.abs(value - PAPER), ROUNDING);
  }

  /** Whether the paper's value, within rounding, lies between the lowest and highest of values. */
  static boolean spans(List<Double> values) {
    double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return Compare.atMost(low, PAPER + ROUNDING) && Compare.atLeast(high, PAPER - ROUNDING);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
