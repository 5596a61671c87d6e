package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.3: error consistency between the supervised and the self-supervised group is just as
 * high as within each group.
 */
public final class GroupConsistencyClaim implements Claim {
  static final double TOLERANCE = 0.05;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "between-as-within",
        PaperSection.IMAGE,
        "Section 3.3, Figure 2",
        "Error consistency between model groups (self-supervised vs. supervised) is just as high"
            + " as consistency within model groups.",
        "between ≈ within",
        "Mean κ over supervised × self-supervised pairs must be at least the smaller of the two"
            + " within-group means minus 0.05 (means over pairs, then over the three texture-shape"
            + " datasets). A mean within a group needs a pair of its models.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup supervised = data.supervised().pairs();
    ModelGroup selfSupervised = data.selfSupervised().pairs();
    Evidence evidence = data.evidence(Datasets.TEXTURE_SHAPE, supervised, selfSupervised);
    List<String> sup = evidence.entered(supervised);
    List<String> self = evidence.entered(selfSupervised);
    double within = mean(report, sup, sup);
    double withinSelf = mean(report, self, self);
    double between = mean(report, sup, self);
    String reproduced =
        "within supervised "
            + Format.decimal(within, 2)
            + ", within self-supervised "
            + Format.decimal(withinSelf, 2)
            + ", between "
            + Format.decimal(between, 2);
    List<String> basis = report.names(evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData(reproduced, basis);
    }
    return evidence.outcome(
        Evidence.finding(asHigh(between, within, withinSelf)), reproduced, basis);
  }

  /** Whether {@code between} is at least the smaller within-group mean minus the tolerance. */
  static boolean asHigh(double between, double within, double withinSelf) {
    return Compare.atLeast(between, Math.min(within, withinSelf) - TOLERANCE);
  }

  /** Mean over the texture-shape datasets of the mean kappa over pairs of a and b (a ≠ b). */
  static double mean(ReportData report, List<String> first, List<String> second) {
    List<Double> perDataset = new ArrayList<>();
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      double sum = 0;
      int pairs = 0;
      // κ is symmetric: within a group, each pair counted in both orders gives the same mean.
      for (String a : first) {
        for (String b : second) {
          double kappa = a.equals(b) ? Double.NaN : report.pairKappa(a, b, dataset);
          if (Double.isFinite(kappa)) {
            sum += kappa;
            pairs++;
          }
        }
      }
      if (pairs > 0) {
        perDataset.add(sum / pairs);
      }
    }
    return perDataset.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
