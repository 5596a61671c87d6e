package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.3: humans make highly similar errors as other humans. Checked qualitatively: on each
 * texture-shape dataset, the humans' error consistency with each other is clearly above chance (its
 * bootstrap interval lies above 0) and above the models' error consistency with humans. The printed
 * value, 0.32, is checked separately by {@link HumanKappaValueClaim}.
 */
public final class HumanKappaClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "human-kappa",
        PaperSection.IMAGE,
        "Section 3.3, Figure 2",
        "Humans make highly similar errors as other humans: their error consistency is clearly"
            + " above chance and above that of the models with humans.",
        "human–human κ clearly > 0 and above model–human κ",
        "On each texture-shape dataset (cue conflict, edges, silhouettes): the 95% bootstrap"
            + " interval of the mean κ over pairs of humans ("
            + Format.count(KappaBootstrap.RESAMPLES)
            + " resamples of the images, fixed seed) must lie above 0, and the mean κ itself must"
            + " exceed the mean, over the paper's models with decisions there, of each model's mean"
            + " κ with the humans.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      List<String> models = data.on(dataset, data.groupedModels());
      KappaIntervals intervals = report.intervals(dataset).orElse(null);
      if (intervals == null || models.isEmpty()) {
        return Outcome.noData(
            "needs two or more humans and one of the paper's models on " + dataset.name(),
            data.names(true, used));
      }
      double withHumans =
          models.stream().mapToDouble(m -> report.humanKappa(m, dataset)).average().orElseThrow();
      holds &= intervals.humans().aboveZero() && intervals.humans().value() > withHumans;
      parts.add(
          dataset.name()
              + ": humans "
              + Format.estimate(intervals.humans(), 2)
              + ", models with humans "
              + Format.decimal(withHumans, 2));
      models.stream().filter(m -> !used.contains(m)).forEach(used::add);
    }
    return Outcome.of(holds, String.join("; ", parts), data.names(true, used));
  }

  /** The humans' mean κ over pairs on {@code dataset} (for the value claim and prose). */
  static double humans(ReportData report, Dataset dataset) {
    return report.humanKappa(Observers.HUMANS, dataset);
  }
}
