package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/** Section 3.4: most self-supervised models have a strong texture bias. */
public final class SelfSupervisedTextureClaim implements Claim {
  /** A model is texture-biased above this share of texture decisions. */
  static final double BIASED = 0.5;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "self-supervised-texture",
        PaperSection.SHAPE,
        "Section 3.4, Figure 3",
        "Most self-supervised models have the strong texture bias known from supervised models"
            + " (SimCLR less so).",
        "texture bias",
        "More than half of the self-supervised models other than SimCLR must take more than 50%"
            + " texture decisions on cue-conflict images (of those present; it holds once all"
            + " five are).");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup others = data.otherSelfSupervised();
    Evidence evidence = data.evidence(List.of(Datasets.CUE_CONFLICT), others);
    List<String> models = evidence.entered(others);
    if (!evidence.enough()) {
      return evidence.noData("", List.of());
    }
    long textureBiased = models.stream().filter(m -> report.textureShare(m) > BIASED).count();
    String reproduced =
        textureBiased
            + " of "
            + models.size()
            + " above 50%: "
            + String.join(
                ", ",
                models.stream()
                    .map(m -> report.name(m) + " " + Format.percent(report.textureShare(m)))
                    .toList());
    return evidence.outcome(
        Evidence.finding(2 * textureBiased > models.size()), reproduced, report.names(models));
  }
}
