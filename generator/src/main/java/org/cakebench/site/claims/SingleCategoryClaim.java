package org.cakebench.site.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.site.report.DominantResponse;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/**
 * Section 3.2: with increasing uniform noise, every CNN comes to predict one category (and only
 * one) for most images.
 */
public final class SingleCategoryClaim implements Claim {
  static final String DATASET = "uniform-noise";
  static final double THRESHOLD = 0.5;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "single-category",
        "category",
        "Section 3.2, Figure 4",
        "With increasing noise, all CNNs develop a strong tendency to predict one category and"
            + " only one.",
        "all CNNs",
        "At the strongest uniform-noise level, the most frequent response of every one of the paper's"
            + " models must make up"
            + " more than half of its decisions (chance: 6.25%) and more than at the clean level.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> models = data.on(DATASET, data.groupedModels());
    List<String> conditions = report.conditions(DATASET);
    if (models.isEmpty() || conditions.size() < 2) {
      return Outcome.noData("needs model decisions on uniform noise", List.of());
    }
    String clean = conditions.get(0);
    String strongest = conditions.get(conditions.size() - 1);
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : models) {
      DominantResponse atStrongest = dominant(report, m, strongest);
      DominantResponse atClean = dominant(report, m, clean);
      holds &= atStrongest.share() > THRESHOLD && atStrongest.share() > atClean.share();
      parts.add(
          report.name(m)
              + ": '"
              + atStrongest.label()
              + "' "
              + Format.percent(atStrongest.share()));
    }
    return Outcome.of(
        holds,
        "most frequent response at noise width " + strongest + ": " + String.join(", ", parts),
        report.names(models));
  }

  static DominantResponse dominant(ReportData report, String observer, String condition) {
    return report
        .confusion(observer, DATASET, condition)
        .map(DominantResponse::of)
        .orElse(new DominantResponse(null, Double.NaN));
  }
}
