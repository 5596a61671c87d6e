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
            + " exceed the mean κ of those models with the humans.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup supervised = data.supervised();
    ModelGroup selfSupervised = data.selfSupervised();
    Evidence evidence = data.evidence(Datasets.TEXTURE_SHAPE, supervised, selfSupervised);
    List<String> basis = data.names(true, evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    List<String> parts = new ArrayList<>();
    boolean holds = true;
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      List<String> sup = evidence.on(supervised, dataset);
      List<String> self = evidence.on(selfSupervised, dataset);
      if (sup.isEmpty() || self.isEmpty()) {
        continue;
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
          models.stream().mapToDouble(m -> report.humanKappa(m, dataset)).average().orElseThrow();
      holds &= between > withHumans;
      parts.add(
          dataset.name()
              + ": between groups "
              + Format.decimal(between, 2)
              + ", with humans "
              + Format.decimal(withHumans, 2));
    }
    return evidence.outcome(Evidence.finding(holds), String.join("; ", parts), basis);
  }
}
