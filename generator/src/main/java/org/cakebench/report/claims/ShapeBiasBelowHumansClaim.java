package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/** Section 3.4: no supervised or self-supervised model has the strong shape bias of humans. */
public final class ShapeBiasBelowHumansClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "shape-below-humans",
        PaperSection.SHAPE,
        "Section 3.4, Figure 3",
        "Neither supervised nor self-supervised models have the strong shape bias that is so"
            + " characteristic for human observers.",
        "all models below humans",
        "The shape bias on cue-conflict images of every supervised and self-supervised model must"
            + " be below the humans' (pooled trials).");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Evidence evidence =
        data.evidence(List.of(Datasets.CUE_CONFLICT), data.supervised(), data.selfSupervised());
    List<String> basis = data.names(true, evidence.entered());
    // A model whose cue-conflict decisions name neither cue has no shape bias to compare.
    List<String> models =
        evidence.entered().stream().filter(m -> Double.isFinite(report.shapeBias(m))).toList();
    double humans = report.shapeBias(Observers.HUMANS);
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    if (!Double.isFinite(humans) || models.isEmpty()) {
      return Outcome.noData(
          "needs cue-conflict decisions of humans and models that name a cue",
          basis,
          evidence.coverage());
    }
    String highest = models.get(0);
    for (String m : models) {
      if (report.shapeBias(m) > report.shapeBias(highest)) {
        highest = m;
      }
    }
    double top = report.shapeBias(highest);
    return evidence.outcome(
        Evidence.finding(top < humans),
        "humans "
            + Format.decimal(humans, 2)
            + "; highest model "
            + Format.decimal(top, 2)
            + " ("
            + report.name(highest)
            + ")",
        basis);
  }
}
