package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Figure 2: self-supervised models make errors on the same images as supervised models; their
 * consistency is much higher than that between models and humans.
 */
public final class ModelErrorOverlapClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "models-share-errors",
        PaperSection.IMAGE,
        "Figure 2",
        "For all three texture-shape experiments, error consistency between networks is much"
            + " higher than between networks and humans.",
        "model–model κ > model–human κ",
        "On each texture-shape dataset, the mean κ over supervised × self-supervised pairs must"
            + " exceed the mean κ of those models with the humans. Needs one of the paper's models in each group.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> parts = new ArrayList<>();
    boolean holds = true;
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      List<String> sup = data.on(dataset, data.supervised());
      List<String> self = data.on(dataset, data.selfSupervised());
      if (sup.isEmpty() || self.isEmpty()) {
        return Outcome.noData(
            "needs one of the paper's supervised and self-supervised models on " + dataset.name(),
            report.names(data.onAny(Datasets.TEXTURE_SHAPE, data.groupedModels())));
      }
      double between = 0;
      for (String a : sup) {
        for (String b : self) {
          between += report.pairKappa(a, b, dataset);
        }
      }
      between /= sup.size() * self.size();
      List<String> models = new ArrayList<>(sup);
      models.addAll(self);
      double withHumans =
          models.stream()
              .mapToDouble(m -> report.humanKappa(m, dataset))
              .average()
              .orElse(Double.NaN);
      holds &= between > withHumans;
      parts.add(
          dataset.name()
              + ": between groups "
              + Format.decimal(between, 2)
              + ", with humans "
              + Format.decimal(withHumans, 2));
    }
    List<String> used = data.onAny(Datasets.TEXTURE_SHAPE, data.groupedModels());
    return Outcome.of(holds, String.join("; ", parts), data.names(true, used));
  }
}
