package org.cakebench.site.claims;

import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.site.report.Format;

/** Abstract: 15 generalisation datasets with over 130,000 psychophysical trials. */
public final class TrialCountClaim implements Claim {
  static final int PAPER_DATASETS = 15;
  static final int PAPER_TRIALS = 130_000;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "trials",
        "data",
        "Abstract, Section 1",
        "Models are compared with humans on 15 datasets with over 130,000 psychophysical trials.",
        "15 datasets, > 130,000 trials",
        "Holds if all 15 datasets have human trials and together hold at least 130,000 of them.");
  }

  @Override
  public Outcome check(ClaimData data) {
    List<Dataset> paper = Datasets.all().stream().filter(Dataset::inPaper).toList();
    long withHumans =
        paper.stream().filter(d -> data.report().has(Observers.HUMANS, d.name())).count();
    long trials =
        paper.stream().mapToLong(d -> data.report().trials(Observers.HUMANS, d.name())).sum();
    if (withHumans == 0) {
      return Outcome.noData("no human trials found", List.of());
    }
    String reproduced =
        withHumans + " datasets, " + Format.count(trials) + " human trials in the public data";
    return Outcome.of(
        withHumans == PAPER_DATASETS && trials >= PAPER_TRIALS, reproduced, List.of("Humans"));
  }
}
