package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.1: SimCLR generalises much better than supervised models on uniform noise, low contrast
 * and high-pass images.
 */
public final class SimclrRobustnessClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "simclr-robustness",
        PaperSection.OOD,
        "Section 3.1, Figure 1",
        "SimCLR shows strong generalisation improvements on uniform noise, low contrast and"
            + " high-pass images.",
        "SimCLR above the supervised models",
        "For uniform noise, contrast and high-pass, the accuracy over the benchmark conditions of"
            + " every SimCLR model must exceed that of every supervised model (the weakest SimCLR"
            + " model and the best supervised one are shown).");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup simclr = data.simclr();
    ModelGroup supervised = data.supervised();
    Evidence evidence = data.evidence(Datasets.SIMCLR_ROBUST, simclr, supervised);
    List<String> basis = report.names(evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    List<String> parts = new ArrayList<>();
    boolean holds = true;
    for (Dataset dataset : Datasets.SIMCLR_ROBUST) {
      List<String> ours = evidence.on(simclr, dataset);
      List<String> theirs = evidence.on(supervised, dataset);
      if (ours.isEmpty() || theirs.isEmpty()) {
        continue;
      }
      String weakest = extreme(report, ours, dataset, false);
      String best = extreme(report, theirs, dataset, true);
      double low = report.accuracy(weakest, dataset);
      double high = report.accuracy(best, dataset);
      holds &= low > high;
      parts.add(
          dataset.name()
              + ": "
              + report.name(weakest)
              + " "
              + Format.percent(low)
              + " vs. "
              + report.name(best)
              + " "
              + Format.percent(high));
    }
    return evidence.outcome(Evidence.finding(holds), String.join("; ", parts), basis);
  }

  /** The model of {@code models} with the highest ({@code highest}) or lowest accuracy. */
  static String extreme(ReportData report, List<String> models, Dataset dataset, boolean highest) {
    String pick = models.get(0);
    for (String m : models) {
      double a = report.accuracy(m, dataset);
      double p = report.accuracy(pick, dataset);
      if (highest ? a > p : a < p) {
        pick = m;
      }
    }
    return pick;
  }
}
