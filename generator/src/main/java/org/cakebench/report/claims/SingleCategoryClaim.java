package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Condition;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.2: with increasing uniform noise, every CNN comes to predict one category (and only
 * one) for most images.
 */
public final class SingleCategoryClaim implements Claim {
  static final double THRESHOLD = 0.5;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "single-category",
        PaperSection.CATEGORY,
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
    List<String> models = data.on(Datasets.UNIFORM_NOISE, data.groupedModels());
    List<Condition> conditions = report.conditions(Datasets.UNIFORM_NOISE);
    if (models.isEmpty() || conditions.size() < 2) {
      return Outcome.noData("needs model decisions on uniform noise", List.of());
    }
    Condition clean = conditions.get(0);
    Condition strongest = conditions.get(conditions.size() - 1);
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : models) {
      DominantResponse atStrongest = dominant(report, m, strongest);
      DominantResponse atClean = dominant(report, m, clean);
      holds &= atStrongest.share() > THRESHOLD && atStrongest.share() > atClean.share();
      parts.add(
          report.name(m)
              + ": '"
              + Format.category(atStrongest.category())
              + "' "
              + Format.percent(atStrongest.share()));
    }
    return Outcome.of(
        holds,
        "most frequent response at noise width "
            + strongest.label()
            + ": "
            + String.join(", ", parts),
        report.names(models));
  }

  static DominantResponse dominant(ReportData report, String observer, Condition condition) {
    return report.dominant(observer, Datasets.UNIFORM_NOISE, condition);
  }
}
