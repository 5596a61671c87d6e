package org.cakebench.site.claims;

import java.util.List;
import org.cakebench.site.report.DominantResponse;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/** Section 3.2: under strong uniform noise, ResNet-50's preferred category is "knife". */
public final class ResnetKnifeClaim implements Claim {
  static final String MODEL = "resnet50";

  @Override
  public ClaimText text() {
    return new ClaimText(
        "resnet50-knife",
        "category",
        "Section 3.2, Figure 4",
        "The single category ResNet-50 predicts under strong uniform noise is \"knife\".",
        "knife",
        "Holds if ResNet-50's most frequent response at the strongest uniform-noise level is"
            + " knife.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> conditions = report.conditions(SingleCategoryClaim.DATASET);
    if (!report.has(MODEL, SingleCategoryClaim.DATASET) || conditions.isEmpty()) {
      return Outcome.noData("needs ResNet-50's decisions on uniform noise", List.of());
    }
    String strongest = conditions.get(conditions.size() - 1);
    DominantResponse d = SingleCategoryClaim.dominant(report, MODEL, strongest);
    return Outcome.of(
        "knife".equals(d.label()),
        d.label()
            + " ("
            + Format.percent(d.share())
            + " of decisions at noise width "
            + strongest
            + ")",
        List.of(report.name(MODEL)));
  }
}
