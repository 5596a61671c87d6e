package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/** Section 3.2: under strong uniform noise, ResNet-50's preferred category is "knife". */
public final class ResnetKnifeClaim implements Claim {
  static final String MODEL = "resnet50";

  @Override
  public ClaimText text() {
    return new ClaimText(
        "resnet50-knife",
        PaperSection.CATEGORY,
        "Section 3.2, Figure 4",
        "The single category ResNet-50 predicts under strong uniform noise is \"knife\".",
        "knife",
        "Holds if ResNet-50's most frequent response at the strongest uniform-noise level is"
            + " knife.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Evidence evidence = data.evidence(List.of(Datasets.UNIFORM_NOISE), data.model(MODEL));
    List<Condition> conditions = report.conditions(Datasets.UNIFORM_NOISE);
    if (!evidence.enough()) {
      return evidence.noData("", List.of());
    }
    Condition strongest = conditions.get(conditions.size() - 1);
    DominantResponse d = report.dominant(MODEL, Datasets.UNIFORM_NOISE, strongest);
    return evidence.outcome(
        Evidence.finding(d.category() == Category.KNIFE),
        Format.category(d.category())
            + " ("
            + Format.percent(d.share())
            + " of decisions at noise width "
            + strongest.label()
            + ")",
        List.of(report.name(MODEL)));
  }
}
