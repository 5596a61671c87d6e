package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.4: the share of texture decisions on cue-conflict images of a set of models lies in the
 * range the paper prints (within 0.5 percentage points); one instance per statement.
 */
public final class TextureShareClaim implements Claim {
  static final double TOLERANCE = 0.005;

  private final ClaimText text;
  private final double low;
  private final double high;
  private final Function<ClaimData, ModelGroup> models;

  private TextureShareClaim(
      ClaimText text, double low, double high, Function<ClaimData, ModelGroup> models) {
    this.text = text;
    this.low = low;
    this.high = high;
    this.models = models;
  }

  /** SimCLR: 58.3–61.2% texture decisions. */
  public static TextureShareClaim simclr() {
    return new TextureShareClaim(
        new ClaimText(
            "simclr-texture",
            PaperSection.SHAPE,
            "Section 3.4, Figure 3",
            "The texture bias is less prominent for SimCLR.",
            "58.3–61.2% texture decisions",
            "Every SimCLR model's share of texture decisions must lie in 58.3–61.2%, ±0.5"
                + " percentage points."),
        0.583,
        0.612,
        ClaimData::simclr);
  }

  /** Inception-V3: 60.7% texture decisions. */
  public static TextureShareClaim inceptionV3() {
    return new TextureShareClaim(
        new ClaimText(
            "inception-texture",
            PaperSection.SHAPE,
            "Section 3.4, Figure 3",
            "SimCLR's texture bias is on par with that of the supervised Inception-V3.",
            "60.7% texture decisions",
            "Inception-V3's share of texture decisions must lie within ±0.5 percentage points of"
                + " 60.7%."),
        0.607,
        0.607,
        d -> d.model("inception_v3"));
  }

  @Override
  public ClaimText text() {
    return text;
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    ModelGroup group = models.apply(data);
    Evidence evidence = data.evidence(List.of(Datasets.CUE_CONFLICT), group);
    List<String> ids = evidence.entered(group);
    if (!evidence.enough()) {
      return evidence.noData("", List.of());
    }
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : ids) {
      double share = report.textureShare(m);
      holds &= within(share, low, high);
      parts.add(report.name(m) + " " + Format.percent(share));
    }
    return evidence.outcome(Evidence.finding(holds), String.join(", ", parts), report.names(ids));
  }

  /** Whether {@code share} lies in [low, high] widened by {@link #TOLERANCE} on each side. */
  static boolean within(double share, double low, double high) {
    return Compare.atLeast(share, low - TOLERANCE) && Compare.atMost(share, high + TOLERANCE);
  }
}
