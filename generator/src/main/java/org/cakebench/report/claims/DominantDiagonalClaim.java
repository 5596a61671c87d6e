package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.ReportData;

/**
 * Section 3.2, Figure 4: at low noise, humans and CNNs alike have a dominant diagonal in their
 * confusion matrices, indicating correct categorisation.
 */
public final class DominantDiagonalClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "dominant-diagonal",
        PaperSection.CATEGORY,
        "Section 3.2, Figure 4",
        "Looking at the confusion matrices, both humans and CNNs start with a dominant diagonal"
            + " indicating correct categorisation.",
        "dominant diagonal at low noise",
        "At the lowest uniform-noise level, in the confusion matrix of the humans (pooled trials)"
            + " and of every model, the correct category must be the most frequent response for"
            + " each of the 16 categories: the diagonal cell above every other cell of its column,"
            + " no answer included.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Dataset dataset = Datasets.UNIFORM_NOISE;
    Evidence evidence = data.evidence(List.of(dataset), data.models());
    List<String> basis = data.names(true, evidence.entered());
    List<Condition> conditions = report.conditions(dataset);
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    if (!report.has(Observers.HUMANS, dataset)) {
      return Outcome.noData("needs human trials on " + dataset.name(), basis, evidence.coverage());
    }
    Condition lowest = conditions.get(0);
    List<String> observers = new ArrayList<>(List.of(Observers.HUMANS));
    observers.addAll(evidence.entered());
    boolean holds = true;
    List<String> incomplete = new ArrayList<>();
    for (String o : observers) {
      int dominant =
          report.confusion(o, dataset, lowest).map(DominantDiagonalClaim::dominant).orElse(0);
      holds &= dominant == Category.count();
      if (dominant < Category.count()) {
        incomplete.add(name(report, o) + " " + dominant + " of " + Category.count());
      }
    }
    String reproduced =
        "at noise width "
            + lowest.label()
            + (incomplete.isEmpty()
                ? ", the correct category is the most frequent response in all "
                    + Category.count()
                    + " columns of the humans and of every model ("
                    + evidence.entered().size()
                    + ")"
                : ", columns whose most frequent response is correct: "
                    + String.join(", ", incomplete)
                    + "; all "
                    + Category.count()
                    + " for the others");
    return evidence.outcome(Evidence.finding(holds), reproduced, basis);
  }

  /** The categories whose diagonal cell exceeds every other cell of their column. */
  static int dominant(ConfusionMatrix m) {
    int count = 0;
    for (Category truth : Category.values()) {
      double diagonal = m.percent(truth, truth);
      boolean above = diagonal > m.noAnswerPercent(truth);
      for (Category response : Category.values()) {
        if (response != truth) {
          above &= diagonal > m.percent(response, truth);
        }
      }
      if (above) {
        count++;
      }
    }
    return count;
  }

  private static String name(ReportData report, String observer) {
    return observer.equals(Observers.HUMANS) ? "humans" : report.name(observer);
  }
}
