package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * The one evidence rule of every claim about the paper's models. Of each group a statement speaks
 * of, the models with decisions on at least one dataset its rule reads enter the check (each on the
 * datasets it has); those with decisions on every such dataset count as covered. A claim is checked
 * once each group has {@link ModelGroup#minimum()} covered models (one; two where the rule averages
 * over pairs within a group), and then:
 *
 * <ul>
 *   <li>a counterexample among the models present makes it <em>differ</em>;
 *   <li>an uncertainty interval the rule names that reaches its boundary makes it
 *       <em>marginal</em>;
 *   <li>otherwise it <em>holds</em> when every model it speaks of is covered, and is <em>consistent
 *       so far</em> when only some are.
 * </ul>
 */
public final class Evidence {
  /** Covered models of each group a rule needs before it is checked. */
  public static final int MINIMUM = 1;

  /** Covered models of a group whose rule averages over pairs within it: one pair. */
  public static final int MINIMUM_FOR_PAIRS = 2;

  private final ReportData report;
  private final List<Dataset> datasets;
  private final List<ModelGroup> groups;

  Evidence(ReportData report, List<Dataset> datasets, List<ModelGroup> groups) {
    this.report = report;
    this.datasets = List.copyOf(datasets);
    this.groups = List.copyOf(groups);
  }

  /** The verdict that follows from what a rule found and how much of its groups it covered. */
  public static Verdict verdict(Finding finding, Coverage coverage) {
    return switch (finding) {
      case BROKEN -> Verdict.DIFFERS;
      case UNCERTAIN -> Verdict.MARGINAL;
      case SATISFIED -> coverage.complete() ? Verdict.HOLDS : Verdict.CONSISTENT_SO_FAR;
    };
  }

  /** The models of {@code group} that enter the check, in catalogue order. */
  public List<String> entered(ModelGroup group) {
    return report.onAny(datasets, withDecisions(group));
  }

  /** The models of {@code group} with decisions on every dataset the rule reads. */
  public List<String> covered(ModelGroup group) {
    return withDecisions(group).stream()
        .filter(m -> datasets.stream().allMatch(d -> report.has(m, d)))
        .toList();
  }

  /** The models of {@code group} that enter the check with decisions on {@code dataset}. */
  public List<String> on(ModelGroup group, Dataset dataset) {
    return report.on(dataset, entered(group));
  }

  /** Every model that enters the check, each once, in the order of the groups. */
  public List<String> entered() {
    Set<String> all = new LinkedHashSet<>();
    groups.forEach(g -> all.addAll(entered(g)));
    return List.copyOf(all);
  }

  /** The coverage of every group. */
  public Coverage coverage() {
    return new Coverage(
        groups.stream()
            .map(g -> new Coverage.Part(g.name(), covered(g).size(), g.members().size()))
            .toList());
  }

  /** Whether every group has the covered models the rule needs. */
  public boolean enough() {
    return groups.stream().allMatch(g -> covered(g).size() >= g.minimum());
  }

  /** What is missing for a verdict, e.g. "needs two supervised models ... (has ResNet-50)". */
  public String missing() {
    List<String> parts = new ArrayList<>();
    for (ModelGroup g : groups) {
      List<String> covered = covered(g);
      if (covered.size() >= g.minimum()) {
        continue;
      }
      if (g.members().size() == 1) {
        parts.add("needs " + g.name() + "'s decisions on " + describe(datasets));
      } else {
        parts.add(
            "needs "
                + (g.minimum() == MINIMUM ? "one" : "two")
                + " of the paper's "
                + g.name()
                + " models with decisions on "
                + describe(datasets)
                + " (has "
                + (covered.isEmpty() ? "none" : Format.names(report.names(covered)))
                + ")");
      }
    }
    return String.join("; ", parts);
  }

  /** No verdict yet: says what is missing, after any value already computed. */
  public Outcome noData(String computed, List<String> basis) {
    String missing = missing();
    String why =
        computed.isEmpty() ? missing : missing.isEmpty() ? computed : computed + " — " + missing;
    return Outcome.noData(why, basis, coverage());
  }

  /** The outcome of a rule that found {@code finding} on the models present. */
  public Outcome outcome(Finding finding, String reproduced, List<String> basis) {
    Coverage coverage = coverage();
    return new Outcome(verdict(finding, coverage), reproduced, basis, coverage);
  }

  /** {@link Finding#SATISFIED} when {@code satisfied}, else {@link Finding#BROKEN}. */
  public static Finding finding(boolean satisfied) {
    return satisfied ? Finding.SATISFIED : Finding.BROKEN;
  }

  /** The datasets in words, e.g. "uniform-noise, contrast and high-pass", "the 12 distortions". */
  static String describe(List<Dataset> datasets) {
    if (datasets.equals(Datasets.PARAMETRIC)) {
      return "the " + datasets.size() + " distortions";
    }
    return Format.names(datasets.stream().map(Dataset::name).toList());
  }

  private List<String> withDecisions(ModelGroup group) {
    return group.members().stream().filter(report::hasDecisions).toList();
  }
}
