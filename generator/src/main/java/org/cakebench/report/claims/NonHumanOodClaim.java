package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.ReportData;

/**
 * Section 3.1, title: supervised and self-supervised models generalise out of distribution in a
 * non-human way. A model's accuracy is human on a distortion when it lies within the range of the
 * individual human observers there; the statement holds for a model that lies outside that range,
 * above or below, on more than half of the distortions.
 */
public final class NonHumanOodClaim implements Claim {
  /** Models whose details (where above, where below) the reproduced value spells out in full. */
  static final int DETAILED = 3;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "non-human-ood",
        PaperSection.OOD,
        "Section 3.1 (title), Figure 1",
        "Supervised and self-supervised models show similar, non-human out-of-distribution"
            + " generalisation.",
        "non-human generalisation",
        "On each of the twelve distortions, the human range is that of the individual human"
            + " observers' accuracies over the benchmark conditions (two or more observers). Every"
            + " model's accuracy over the same conditions must lie outside that range, above or"
            + " below, on more than half of the distortions it has decisions on.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup models = data.models();
    Evidence evidence = data.evidence(Datasets.PARAMETRIC, models);
    List<String> basis = data.names(true, evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    boolean holds = true;
    List<Placement> placements = new ArrayList<>();
    for (String m : evidence.entered()) {
      Placement p = place(report, m);
      if (p.compared() == 0) {
        return Outcome.noData(
            "needs two or more human observers on the distortions", basis, evidence.coverage());
      }
      holds &= p.nonHuman();
      placements.add(p);
    }
    List<String> parts = new ArrayList<>();
    Placement closest = placements.get(0);
    for (Placement p : placements) {
      if (p.outside() < closest.outside()) {
        closest = p;
      }
    }
    for (Placement p : placements) {
      boolean detail = placements.size() <= DETAILED || p == closest;
      parts.add(report.name(p.model()) + " " + p.summary(detail));
    }
    return evidence.outcome(
        Evidence.finding(holds), "outside the human range on: " + String.join("; ", parts), basis);
  }

  /** Where {@code model} lies relative to the human range on each distortion with both. */
  static Placement place(ReportData report, String model) {
    List<String> above = new ArrayList<>();
    List<String> below = new ArrayList<>();
    int compared = 0;
    for (Dataset d : Datasets.PARAMETRIC) {
      double[] range = humanRange(report, d);
      if (!report.has(model, d) || range.length == 0) {
        continue;
      }
      compared++;
      double accuracy = report.accuracy(model, d);
      // On the grid of Compare: a model level with the lowest human is within the range.
      if (Compare.above(accuracy, range[1])) {
        above.add(d.name());
      } else if (Compare.above(range[0], accuracy)) {
        below.add(d.name());
      }
    }
    return new Placement(model, compared, above, below);
  }

  /** The lowest and highest accuracy of the individual humans on {@code d}; empty under two. */
  static double[] humanRange(ReportData report, Dataset d) {
    double[] accuracies =
        report.humans(d).stream()
            .mapToDouble(h -> report.participantAccuracy(h, d))
            .filter(Double::isFinite)
            .toArray();
    if (accuracies.length < 2) {
      return new double[0];
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double a : accuracies) {
      low = Math.min(low, a);
      high = Math.max(high, a);
    }
    return new double[] {low, high};
  }

  /**
   * A model's place relative to the human range.
   *
   * @param model the model
   * @param compared the distortions with its decisions and a human range
   * @param above those on which it is above the range
   * @param below those on which it is below the range
   */
  record Placement(String model, int compared, List<String> above, List<String> below) {
    int outside() {
      return above.size() + below.size();
    }

    /** Outside the human range on more than half of the distortions compared. */
    boolean nonHuman() {
      return 2 * outside() > compared;
    }

    String summary(boolean detail) {
      String count = outside() + " of " + compared;
      if (!detail) {
        return count;
      }
      List<String> where = new ArrayList<>();
      if (!above.isEmpty()) {
        where.add("above: " + String.join(", ", above));
      }
      if (!below.isEmpty()) {
        where.add("below: " + String.join(", ", below));
      }
      return count + (where.isEmpty() ? "" : " (" + String.join(" — ", where) + ")");
    }
  }
}
