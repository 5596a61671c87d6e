package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.1: apart from SimCLR, self-supervised models lie within the range of the supervised
 * models on the twelve distortions.
 */
public final class SelfSupervisedRangeClaim implements Claim {
  static final double MARGIN = 0.05;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "self-supervised-within-range",
        PaperSection.OOD,
        "Section 3.1, Figure 1",
        "Apart from SimCLR, self-supervised models are well within the range of their poorly"
            + " generalising supervised counterparts across the twelve distortions.",
        "within the supervised range",
        "On each of the twelve distortions, no self-supervised model other than SimCLR may beat"
            + " the best supervised model by more than 5 percentage points (accuracy over the"
            + " benchmark conditions).");
  }

  /** Whether a lead over the best supervised model takes a model above the supervised range. */
  static boolean aboveRange(double lead) {
    return Compare.above(lead, MARGIN);
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup others = data.otherSelfSupervised();
    ModelGroup supervised = data.supervised();
    Evidence evidence = data.evidence(Datasets.PARAMETRIC, others, supervised);
    List<String> basis = report.names(evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    List<String> exceptions = new ArrayList<>();
    double largest = Double.NEGATIVE_INFINITY;
    for (Dataset d : Datasets.PARAMETRIC) {
      List<String> theirs = evidence.on(supervised, d);
      if (theirs.isEmpty()) {
        continue;
      }
      double best = report.accuracy(SimclrRobustnessClaim.extreme(report, theirs, d, true), d);
      for (String m : evidence.on(others, d)) {
        double lead = report.accuracy(m, d) - best;
        largest = Math.max(largest, lead);
        if (aboveRange(lead)) {
          exceptions.add(report.name(m) + " on " + d.name());
        }
      }
    }
    String reproduced =
        "largest lead over the best supervised model: "
            + Format.decimal(100 * largest, 1)
            + " points"
            + (exceptions.isEmpty() ? "" : "; above the range: " + String.join(", ", exceptions));
    return evidence.outcome(Evidence.finding(exceptions.isEmpty()), reproduced, basis);
  }
}
