package org.cakebench.site.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Observers;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/** Section 3.3: neither supervised nor self-supervised models make human-like errors. */
public final class NonHumanErrorsClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "non-human-errors",
        "image",
        "Section 3.3, Figure 2",
        "Neither supervised nor self-supervised models make human-like errors.",
        "model–human κ below human–human κ",
        "On each texture-shape dataset, every model's mean error consistency with the humans must"
            + " be below the humans' mean error consistency with each other. Needs a supervised and"
            + " a self-supervised model.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    if (data.supervised().isEmpty() || data.selfSupervised().isEmpty()) {
      return Outcome.noData(
          "needs a supervised and a self-supervised model", report.names(data.groupedModels()));
    }
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    List<String> basis = new ArrayList<>(List.of("Humans"));
    for (String dataset : ReportData.TEXTURE_SHAPE) {
      double humans = report.humanKappa(Observers.HUMANS, dataset);
      List<String> models = data.on(dataset, data.groupedModels());
      if (models.isEmpty() || !Double.isFinite(humans)) {
        return Outcome.noData("needs humans and models on " + dataset, basis);
      }
      String closest = models.get(0);
      for (String m : models) {
        if (report.humanKappa(m, dataset) > report.humanKappa(closest, dataset)) {
          closest = m;
        }
      }
      double best = report.humanKappa(closest, dataset);
      holds &= best < humans;
      parts.add(
          dataset
              + ": humans "
              + Format.decimal(humans, 2)
              + ", highest model "
              + Format.decimal(best, 2)
              + " ("
              + report.name(closest)
              + ")");
      SimclrRobustnessClaim.addAll(basis, report.names(models));
    }
    return Outcome.of(holds, String.join("; ", parts), basis);
  }
}
