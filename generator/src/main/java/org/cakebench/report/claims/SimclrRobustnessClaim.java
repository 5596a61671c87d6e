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
            + " every SimCLR model of the paper with decisions must exceed that of every supervised model of the paper (the best one is shown).");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> basis = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    boolean holds = true;
    for (Dataset dataset : Datasets.SIMCLR_ROBUST) {
      List<String> simclr = data.on(dataset, data.simclr());
      List<String> supervised = data.on(dataset, data.supervised());
      if (simclr.isEmpty() || supervised.isEmpty()) {
        return Outcome.noData(
            "needs one of the paper's SimCLR and supervised models on " + dataset.name(),
            report.names(data.onAny(Datasets.SIMCLR_ROBUST, data.groupedModels())));
      }
      String best = best(report, supervised, dataset);
      double bestAccuracy = report.accuracy(best, dataset);
      for (String s : simclr) {
        double accuracy = report.accuracy(s, dataset);
        holds &= accuracy > bestAccuracy;
        parts.add(
            dataset.name()
                + ": "
                + report.name(s)
                + " "
                + Format.percent(accuracy)
                + " vs. best supervised "
                + Format.percent(bestAccuracy)
                + " ("
                + report.name(best)
                + ")");
      }
      addAll(basis, report.names(simclr));
      addAll(basis, report.names(supervised));
    }
    return Outcome.of(holds, String.join("; ", parts), basis);
  }

  private static String best(ReportData report, List<String> models, Dataset dataset) {
    String best = models.get(0);
    for (String m : models) {
      if (report.accuracy(m, dataset) > report.accuracy(best, dataset)) {
        best = m;
      }
    }
    return best;
  }

  static void addAll(List<String> into, List<String> names) {
    names.stream().filter(n -> !into.contains(n)).forEach(into::add);
  }
}
