package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
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
        "The shape bias on cue-conflict images of every one of the paper's models must be below"
            + " the humans' (pooled trials). Needs a supervised and a self-supervised model.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    double humans = report.shapeBias(Observers.HUMANS);
    List<String> models =
        data.groupedModels().stream().filter(m -> Double.isFinite(report.shapeBias(m))).toList();
    boolean bothGroups =
        models.stream().anyMatch(data.supervised()::contains)
            && models.stream().anyMatch(data.selfSupervised()::contains);
    if (!Double.isFinite(humans) || !bothGroups) {
      return Outcome.noData(
          "needs cue-conflict trials of humans and of a model in each group", report.names(models));
    }
    String highest = models.get(0);
    for (String m : models) {
      if (report.shapeBias(m) > report.shapeBias(highest)) {
        highest = m;
      }
    }
    double top = report.shapeBias(highest);
    List<String> basis = new ArrayList<>(List.of("Humans"));
    basis.addAll(report.names(models));
    return Outcome.of(
        top < humans,
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
