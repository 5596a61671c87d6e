package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.report.ReportData;

/**
 * What a claim check reads: the report's view of the analyses plus the groups of the paper's models
 * its statements speak of. Groups come from the catalogue (the paper's 24 supervised and 8
 * self-supervised networks), so a claim knows how many models it speaks of whether or not they have
 * decisions; extras such as BagNet-33 or the 2019 CNNs belong to no group and never count towards a
 * verdict.
 */
public record ClaimData(ReportData report) {

  /** All 32 of the paper's models. */
  public ModelGroup models() {
    return group("models", p -> true);
  }

  /** The paper's 24 supervised models. */
  public ModelGroup supervised() {
    return group("supervised", p -> p.group() == ObserverGroup.SUPERVISED);
  }

  /** The paper's 8 self-supervised models. */
  public ModelGroup selfSupervised() {
    return group("self-supervised", p -> p.group() == ObserverGroup.SELF_SUPERVISED);
  }

  /** The paper's 3 SimCLR models. */
  public ModelGroup simclr() {
    return group(
        "SimCLR", p -> p.group() == ObserverGroup.SELF_SUPERVISED && report.simclr(p.id()));
  }

  /** The paper's 5 self-supervised models other than SimCLR. */
  public ModelGroup otherSelfSupervised() {
    return group(
        "other self-supervised",
        p -> p.group() == ObserverGroup.SELF_SUPERVISED && !report.simclr(p.id()));
  }

  /** One of the paper's models, named as the report names it. */
  public ModelGroup model(String id) {
    return group(report.name(id), p -> p.id().equals(id));
  }

  /** The evidence of a rule that reads {@code datasets} about {@code groups}. */
  public Evidence evidence(List<Dataset> datasets, ModelGroup... groups) {
    return new Evidence(report, datasets, Arrays.asList(groups));
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

  private ModelGroup group(String name, Predicate<ObserverProfile> member) {
    List<String> ids =
        report.paperCatalog().stream()
            .filter(ObserverProfile::compared)
            .filter(member)
            .map(ObserverProfile::id)
            .toList();
    return new ModelGroup(name, ids, Evidence.MINIMUM);
  }
}
