package org.cakebench.site.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Observers;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/** Section 3.3: humans make highly similar errors as other humans, mean kappa = 0.32. */
public final class HumanKappaClaim implements Claim {
  static final double PAPER = 0.32;
  static final double TOLERANCE = 0.02;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "human-kappa",
        "image",
        "Section 3.3, Figure 2",
        "Humans make highly similar errors as other humans on the texture-shape datasets"
            + " (cue conflict, edges, silhouettes).",
        "mean κ = 0.32",
        "Mean over the three datasets of the mean error consistency over all pairs of humans;"
            + " holds within ±0.02 of 0.32.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> parts = new ArrayList<>();
    double sum = 0;
    for (String dataset : ReportData.TEXTURE_SHAPE) {
      double kappa = report.humanKappa(Observers.HUMANS, dataset);
      if (!Double.isFinite(kappa)) {
        return Outcome.noData("needs two or more humans on " + dataset, List.of("Humans"));
      }
      sum += kappa;
      parts.add(dataset + " " + Format.decimal(kappa, 2));
    }
    double mean = sum / ReportData.TEXTURE_SHAPE.size();
    return Outcome.of(
        Math.abs(mean - PAPER) <= TOLERANCE + 1e-12,
        "mean κ = " + Format.decimal(mean, 3) + " (" + String.join(", ", parts) + ")",
        List.of("Humans"));
  }
}
