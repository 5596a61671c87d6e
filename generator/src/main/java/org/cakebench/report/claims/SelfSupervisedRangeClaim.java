package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
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
            + " benchmark conditions). Needs one such model and two of the paper's supervised models.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<Dataset> distortions = report.datasets().stream().filter(Dataset::parametric).toList();
    List<String> others = data.onAny(distortions, data.otherSelfSupervised());
    List<String> supervised = data.onAny(distortions, data.supervised());
    if (others.isEmpty() || supervised.size() < 2) {
      return Outcome.noData(
          "needs decisions of a self-supervised model other than SimCLR (have "
              + Format.names(report.names(others))
              + ") and of two supervised models (have "
              + Format.names(report.names(supervised))
              + ")",
          report.names(data.onAny(distortions, data.groupedModels())));
    }
    List<String> exceptions = new ArrayList<>();
    double worstGap = Double.NEGATIVE_INFINITY;
    for (Dataset d : report.datasets()) {
      if (!d.parametric()) {
        continue;
      }
      double best =
          data.on(d, data.supervised()).stream()
              .mapToDouble(m -> report.accuracy(m, d))
              .max()
              .orElse(Double.NaN);
      for (String m : data.on(d, others)) {
        double gap = report.accuracy(m, d) - best;
        worstGap = Math.max(worstGap, gap);
        if (gap > MARGIN) {
          exceptions.add(report.name(m) + " on " + d.name());
        }
      }
    }
    String reproduced =
        "largest lead over the best supervised model: "
            + Format.decimal(100 * worstGap, 1)
            + " points"
            + (exceptions.isEmpty() ? "" : "; above the range: " + String.join(", ", exceptions));
    List<String> basis = new ArrayList<>(report.names(others));
    SimclrRobustnessClaim.addAll(basis, report.names(supervised));
    return Outcome.of(exceptions.isEmpty(), reproduced, basis);
  }
}
