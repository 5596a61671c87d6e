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
            + " datasets). Needs two of the paper's models in each group.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> sup = data.onAny(Datasets.TEXTURE_SHAPE, data.supervised());
    List<String> self = data.onAny(Datasets.TEXTURE_SHAPE, data.selfSupervised());
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
    List<String> basis = report.names(data.onAny(Datasets.TEXTURE_SHAPE, data.groupedModels()));
    if (sup.size() < 2 || self.size() < 2) {
      return Outcome.noData(
          reproduced
              + " — needs two models per group (supervised: "
              + Format.names(report.names(sup))
              + "; self-supervised: "
              + Format.names(report.names(self))
              + ")",
          basis);
    }
    return Outcome.of(between >= Math.min(within, withinSelf) - TOLERANCE, reproduced, basis);
  }

  /** Mean over the texture-shape datasets of the mean kappa over pairs of a and b (a ≠ b). */
  static double mean(ReportData report, List<String> first, List<String> second) {
    List<Double> perDataset = new ArrayList<>();
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      double sum = 0;
      int pairs = 0;
      for (int i = 0; i < first.size(); i++) {
        for (int j = 0; j < second.size(); j++) {
          String a = first.get(i);
          String b = second.get(j);
          boolean sameList = first == second;
          if (a.equals(b) || (sameList && j <= i)) {
            continue;
          }
          double kappa = report.pairKappa(a, b, dataset);
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
