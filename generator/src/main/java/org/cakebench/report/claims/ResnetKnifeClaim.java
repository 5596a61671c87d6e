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
    List<Condition> conditions = report.conditions(Datasets.UNIFORM_NOISE);
    if (!report.has(MODEL, Datasets.UNIFORM_NOISE) || conditions.isEmpty()) {
      return Outcome.noData("needs ResNet-50's decisions on uniform noise", List.of());
    }
    Condition strongest = conditions.get(conditions.size() - 1);
    DominantResponse d = SingleCategoryClaim.dominant(report, MODEL, strongest);
    return Outcome.of(
        d.category() == Category.KNIFE,
        Format.category(d.category())
            + " ("
            + Format.percent(d.share())
            + " of decisions at noise width "
            + strongest.label()
            + ")",
        List.of(report.name(MODEL)));
  }
}
