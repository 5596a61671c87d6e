package org.cakebench.report;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;

/**
 * The most frequent response of an observer followed over the levels of a parametric dataset, where
 * it takes more than a quarter of the decisions (four times chance): e.g. cat at 0.2, then knife
 * from 0.35 to 0.9 (Section 3.2, Figure 4).
 *
 * @param steps the responses in level order, each with the consecutive levels it leads
 */
public record DominantPath(List<Step> steps) {
  /** The share above which a most frequent response enters the path. */
  public static final double SHARE = 0.25;

  public DominantPath {
    steps = List.copyOf(steps);
  }

  /** One response and the consecutive levels at which it leads. */
  public record Step(Category response, List<Condition> levels) {
    public Step {
      levels = List.copyOf(levels);
    }
  }

  /** The path of {@code observer} over the levels of {@code dataset} with trials. */
  public static DominantPath of(ReportData report, String observer, Dataset dataset) {
    List<Step> steps = new ArrayList<>();
    Category current = null;
    List<Condition> levels = new ArrayList<>();
    for (Condition c : report.conditions(dataset)) {
      DominantResponse d = report.dominant(observer, dataset, c);
      if (d.category() == null || !(d.share() > SHARE)) {
        continue;
      }
      if (d.category() != current) {
        if (current != null) {
          steps.add(new Step(current, levels));
        }
        current = d.category();
        levels = new ArrayList<>();
      }
      levels.add(c);
    }
    if (current != null) {
      steps.add(new Step(current, levels));
    }
    return new DominantPath(steps);
  }
}
