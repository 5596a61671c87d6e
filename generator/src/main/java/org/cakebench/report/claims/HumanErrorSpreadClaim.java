package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.2: humans spread their errors more or less evenly across categories. A statement about
 * the humans; the contrast with the models is the single-category claim.
 */
public final class HumanErrorSpreadClaim implements Claim {
  // 3 bits = 8 equally used categories: closer to all 16 than to the single one of the CNNs.
  static final double MIN_BITS = 3.0;

  @Override
  public ClaimText text() {
    return new ClaimText(
        "humans-spread-errors",
        PaperSection.CATEGORY,
        "Section 3.2, Figure 4",
        "Human observers more or less evenly distribute their errors across classes.",
        "no dominant category",
        "At the strongest uniform-noise level, the humans' response entropy (mean over observers)"
            + " must be at least 3 bits (as even as 8 equally used categories; 4 bits: all 16)."
            + " The contrast with the models is checked by the claim that every CNN comes to"
            + " predict one category.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Dataset dataset = Datasets.UNIFORM_NOISE;
    List<Condition> conditions = report.conditions(dataset);
    if (!report.has(Observers.HUMANS, dataset) || conditions.isEmpty()) {
      return Outcome.noData("needs human trials on uniform noise", List.of(), Coverage.NONE);
    }
    Condition strongest = conditions.get(conditions.size() - 1);
    double humans = report.entropy(Observers.HUMANS, dataset, strongest);
    return Outcome.aboutHumans(
        humans >= MIN_BITS,
        "humans " + Format.decimal(humans, 2) + " bits at noise width " + strongest.label());
  }
}
