package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.3: humans make highly similar errors as other humans. A statement about the humans: on
 * each texture-shape dataset their error consistency with each other is clearly above chance (its
 * bootstrap interval lies above 0). That the models do not reach it is {@link NonHumanErrorsClaim};
 * the printed value, 0.32, is {@link HumanKappaValueClaim}.
 */
public final class HumanKappaClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "human-kappa",
        PaperSection.IMAGE,
        "Section 3.3, Figure 2",
        "Humans make highly similar errors as other humans.",
        "human–human κ clearly > 0",
        "On each texture-shape dataset (cue conflict, edges, silhouettes), the mean κ over pairs"
            + " of humans must be above 0 (chance), with its 95% bootstrap interval ("
            + Format.count(KappaBootstrap.RESAMPLES)
            + " resamples of the images, fixed seed) above 0 too; marginal if the interval"
            + " includes 0. That no model reaches the humans is the claim that models do not make"
            + " human-like errors.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    boolean above = true;
    boolean clear = true;
    List<String> parts = new ArrayList<>();
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      KappaIntervals intervals = report.intervals(dataset).orElse(null);
      if (intervals == null) {
        return Outcome.noData(
            "needs two or more humans on " + dataset.name(), List.of("Humans"), Coverage.NONE);
      }
      Estimate humans = intervals.humans();
      above &= humans.value() > 0;
      clear &= humans.aboveZero();
      parts.add(dataset.name() + " " + Format.estimate(humans, 2));
    }
    Verdict verdict = !above ? Verdict.DIFFERS : clear ? Verdict.HOLDS : Verdict.MARGINAL;
    return new Outcome(
        verdict, "humans: " + String.join("; ", parts), List.of("Humans"), Coverage.NONE);
  }

  /** The humans' mean κ over pairs on {@code dataset} (for the value claim and prose). */
  static double humans(ReportData report, Dataset dataset) {
    return report.humanKappa(Observers.HUMANS, dataset);
  }
}
