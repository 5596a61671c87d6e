package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/** Section 3.4: most self-supervised models have a strong texture bias. */
public final class SelfSupervisedTextureClaim implements Claim {

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
            + " texture decisions on cue-conflict images.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> models =
        data.otherSelfSupervised().stream()
            .filter(m -> Double.isFinite(report.textureShare(m)))
            .toList();
    if (models.isEmpty()) {
      return Outcome.noData(
          "needs cue-conflict decisions of a self-supervised model other than SimCLR", List.of());
    }
    long textureBiased = models.stream().filter(m -> report.textureShare(m) > 0.5).count();
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
    return Outcome.of(2 * textureBiased > models.size(), reproduced, report.names(models));
  }
}
