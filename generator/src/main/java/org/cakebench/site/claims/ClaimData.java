package org.cakebench.site.claims;

import java.util.List;
import org.cakebench.data.ObserverGroup;
import org.cakebench.site.report.ReportData;

/**
 * What a claim check reads: the report's view of the analyses plus the group selections the paper's
 * statements are about (supervised, self-supervised, SimCLR and the other self-supervised models).
 */
public record ClaimData(ReportData report) {

  /** Supervised models with decisions. */
  public List<String> supervised() {
    return report.models(ObserverGroup.SUPERVISED);
  }

  /** Self-supervised models with decisions. */
  public List<String> selfSupervised() {
    return report.models(ObserverGroup.SELF_SUPERVISED);
  }

  /** SimCLR models with decisions. */
  public List<String> simclr() {
    return selfSupervised().stream().filter(report::simclr).toList();
  }

  /** Self-supervised models with decisions other than SimCLR. */
  public List<String> otherSelfSupervised() {
    return selfSupervised().stream().filter(m -> !report.simclr(m)).toList();
  }

  /** Supervised and self-supervised models with decisions (the paper's two groups). */
  public List<String> groupedModels() {
    return report.models().stream()
        .filter(m -> ReportData.modelGroup(report.profile(m).group()))
        .toList();
  }

  /** Those of {@code models} that have trials on {@code dataset}. */
  public List<String> on(String dataset, List<String> models) {
    return models.stream().filter(m -> report.has(m, dataset)).toList();
  }
}
