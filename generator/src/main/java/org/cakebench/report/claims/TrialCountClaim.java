package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;

/**
 * Abstract and Section 1: "over 130,000 trials [4, 5]". The figure is the total of the two source
 * studies, most of whose trials come from experiments the paper does not use, so the data here
 * cannot reproduce it; the row gives it as context next to the human trials of the public data.
 */
public final class TrialCountClaim implements Claim {
  /** Psychophysical trials of Geirhos et al. (2018), from its abstract. */
  public static final int TRIALS_2018 = 82_880;

  /** Psychophysical trials of Geirhos et al. (2019), nine experiments, from its abstract. */
  public static final int TRIALS_2019 = 48_560;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "trials",
        PaperSection.DATA,
        "Abstract, Section 1",
        "The human data total over 130,000 psychophysical trials [4, 5].",
        "over 130,000 trials",
        "Not checked: the figure is the total of the two source studies (Geirhos et al., 2018: "
            + Format.count(TRIALS_2018)
            + " trials; Geirhos et al., 2019: "
            + Format.count(TRIALS_2019)
            + ", most of them from experiments the paper does not use; together "
            + Format.count(TRIALS_2018 + TRIALS_2019)
            + "). The row gives, for context, the human trials of the paper's datasets in the"
            + " public per-trial data.");
  }

  @Override
  public Outcome check(ClaimData data) {
    List<Dataset> paper = Datasets.PAPER;
    long withHumans = paper.stream().filter(d -> data.report().has(Observers.HUMANS, d)).count();
    long trials = paper.stream().mapToLong(d -> data.report().trials(Observers.HUMANS, d)).sum();
    if (withHumans == 0) {
      return Outcome.context("no human trials found in the data", List.of());
    }
    return Outcome.context(
        Format.count(trials)
            + " human trials on "
            + withHumans
            + " of the paper's "
            + paper.size()
            + " datasets in the public data",
        List.of("Humans"));
  }
}
