package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;
import org.cakebench.report.ReportData;

/**
 * What a claim check reads: the report's view of the analyses plus the selections the paper's
 * statements are about. Every selection holds only the paper's own models with decisions (its 24
 * supervised and 8 self-supervised networks); extras such as BagNet-33 or the 2019 CNNs never count
 * towards a verdict.
 */
public record ClaimData(ReportData report) {

  /** The paper's supervised models with decisions. */
  public List<String> supervised() {
    return group(ObserverGroup.SUPERVISED);
  }

  /** The paper's self-supervised models with decisions. */
  public List<String> selfSupervised() {
    return group(ObserverGroup.SELF_SUPERVISED);
  }

  /** The paper's SimCLR models with decisions. */
  public List<String> simclr() {
    return selfSupervised().stream().filter(report::simclr).toList();
  }

  /** The paper's self-supervised models with decisions other than SimCLR. */
  public List<String> otherSelfSupervised() {
    return selfSupervised().stream().filter(m -> !report.simclr(m)).toList();
  }

  /** The paper's supervised and self-supervised models with decisions. */
  public List<String> groupedModels() {
    return report.comparisonModels();
  }

  /** Those of {@code models} that have trials on {@code dataset}. */
  public List<String> on(Dataset dataset, List<String> models) {
    return report.on(dataset, models);
  }

  /** Those of {@code models} that have trials on at least one of {@code datasets}. */
  public List<String> onAny(List<Dataset> datasets, List<String> models) {
    return report.onAny(datasets, models);
  }

  /** Display names of {@code models}, with "Humans" first when {@code humans} is true. */
  public List<String> names(boolean humans, List<String> models) {
    List<String> names = new ArrayList<>();
    if (humans) {
      names.add("Humans");
    }
    names.addAll(report.names(models));
    return names;
  }

  private List<String> group(ObserverGroup group) {
    return report.comparisonModels().stream()
        .filter(m -> report.profile(m).group() == group)
        .toList();
  }
}
