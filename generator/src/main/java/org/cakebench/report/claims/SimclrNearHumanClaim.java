package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/** Section 3.2: on uniform noise, SimCLR nears human-level accuracy. */
public final class SimclrNearHumanClaim implements Claim {
  /** The largest shortfall from the humans that still counts as near: 10 percentage points. */
  static final double NEAR = 0.10;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "simclr-near-human",
        PaperSection.CATEGORY,
        "Section 3.2",
        "On uniform noise, SimCLR shows strong improvements, nearing human-level accuracies.",
        "nearing human-level accuracies",
        "On uniform noise, the accuracy over the benchmark conditions of every SimCLR model must"
            + " be at most 10 percentage points below the humans' (pooled trials), or above it.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Dataset dataset = Datasets.UNIFORM_NOISE;
    Evidence evidence = data.evidence(List.of(dataset), data.simclr());
    List<String> basis = data.names(true, evidence.entered());
    double humans = report.accuracy(Observers.HUMANS, dataset);
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    if (!Double.isFinite(humans)) {
      return Outcome.noData("needs human trials on " + dataset.name(), basis, evidence.coverage());
    }
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : evidence.entered()) {
      double accuracy = report.accuracy(m, dataset);
      holds &= near(accuracy, humans);
      parts.add(
          report.name(m)
              + " "
              + Format.percent(accuracy)
              + " ("
              + Format.decimal(100 * (humans - accuracy), 1)
              + " points below)");
    }
    return evidence.outcome(
        Evidence.finding(holds),
        "humans " + Format.percent(humans) + "; " + String.join(", ", parts),
        basis);
  }

  /** Whether {@code accuracy} is at most {@link #NEAR} below {@code humans} (or above). */
  static boolean near(double accuracy, double humans) {
    return Compare.atMost(humans - accuracy, NEAR);
  }
}
