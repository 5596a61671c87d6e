package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.DominantPath;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.2 and Figure 5: as a distortion grows, every CNN comes to prefer one category. One
 * instance per statement: uniform noise (one category, and only one, for most images) and low-pass
 * filtering (a preference for a certain category).
 */
public final class SingleCategoryClaim implements Claim {
  /** Uniform noise: "one category and only one" takes more than half of the decisions. */
  static final double MOST = 0.5;

  private final ClaimText text;
  private final Dataset dataset;
  private final double threshold;
  private final String level;

  private SingleCategoryClaim(ClaimText text, Dataset dataset, double threshold, String level) {
    this.text = text;
    this.dataset = dataset;
    this.threshold = threshold;
    this.level = level;
  }

  /** Section 3.2, Figure 4: one category, and only one, under strong uniform noise. */
  public static SingleCategoryClaim uniformNoise() {
    return new SingleCategoryClaim(
        new ClaimText(
            "single-category",
            PaperSection.CATEGORY,
            "Section 3.2, Figure 4",
            "With increasing noise, all CNNs develop a strong tendency to predict one category and"
                + " only one.",
            "all CNNs",
            "At the strongest uniform-noise level, the most frequent response of every model must"
                + " make up more than half of its decisions (chance: 6.25%) and more than at the"
                + " clean level."),
        Datasets.UNIFORM_NOISE,
        MOST,
        "noise width");
  }

  /** Appendix, Figure 5: a preference for a certain category under strong low-pass filtering. */
  public static SingleCategoryClaim lowPass() {
    return new SingleCategoryClaim(
        new ClaimText(
            "low-pass-preference",
            PaperSection.CATEGORY,
            "Appendix, Figure 5",
            "Under low-pass filtering, too, CNNs develop a preference for a certain category as the"
                + " distortion strength increases.",
            "all CNNs",
            "At the strongest low-pass level, the most frequent response of every model must make"
                + " up more than a quarter of its decisions (four times chance, the report's"
                + " threshold for a preferred category) and more than at the unfiltered level."),
        Datasets.LOW_PASS,
        DominantPath.SHARE,
        "filter standard deviation");
  }

  @Override
  public ClaimText text() {
    return text;
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Evidence evidence = data.evidence(List.of(dataset), data.models());
    List<String> basis = report.names(evidence.entered());
    List<Condition> conditions = report.conditions(dataset);
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    if (conditions.size() < 2) {
      return Outcome.noData(
          "needs two or more levels of " + dataset.name(), basis, evidence.coverage());
    }
    Condition clean = conditions.get(0);
    Condition strongest = conditions.get(conditions.size() - 1);
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : evidence.entered()) {
      DominantResponse atStrongest = report.dominant(m, dataset, strongest);
      DominantResponse atClean = report.dominant(m, dataset, clean);
      holds &= atStrongest.share() > threshold && atStrongest.share() > atClean.share();
      parts.add(
          report.name(m)
              + ": '"
              + Format.category(atStrongest.category())
              + "' "
              + Format.percent(atStrongest.share()));
    }
    return evidence.outcome(
        Evidence.finding(holds),
        "most frequent response at "
            + level
            + " "
            + strongest.label()
            + ": "
            + String.join(", ", parts),
        basis);
  }
}
