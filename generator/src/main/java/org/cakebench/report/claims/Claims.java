package org.cakebench.report.claims;

import java.util.List;
import org.cakebench.report.ReportData;

/** The paper's claims in the order the paper makes them, checked against the data. */
public final class Claims {
  private Claims() {}

  /** Every claim the report checks, in paper order. */
  public static List<Claim> all() {
    return List.of(
        new TrialCountClaim(),
        new SimclrRobustnessClaim(),
        new SelfSupervisedRangeClaim(),
        new NonHumanOodClaim(),
        new SimclrNearHumanClaim(),
        new DominantDiagonalClaim(),
        SingleCategoryClaim.uniformNoise(),
        new ResnetKnifeClaim(),
        new HumanErrorSpreadClaim(),
        SingleCategoryClaim.lowPass(),
        new HumanKappaClaim(),
        new HumanKappaValueClaim(),
        new NonHumanErrorsClaim(),
        new GroupConsistencyClaim(),
        new ModelErrorOverlapClaim(),
        new SelfSupervisedTextureClaim(),
        TextureShareClaim.simclr(),
        TextureShareClaim.inceptionV3(),
        new ShapeBiasBelowHumansClaim());
  }

  /** Checks every claim against {@code report}. */
  public static List<ClaimResult> check(ReportData report) {
    ClaimData data = new ClaimData(report);
    return all().stream().map(c -> new ClaimResult(c.text(), c.check(data))).toList();
  }
}
