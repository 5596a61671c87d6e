package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  private final Function<ClaimData, List<String>> models;
  private final String needs;

  private TextureShareClaim(
      ClaimText text,
      double low,
      double high,
      Function<ClaimData, List<String>> models,
      String needs) {
    this.text = text;
    this.low = low;
    this.high = high;
    this.models = models;
    this.needs = needs;
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
        ClaimData::simclr,
        "needs decisions of a SimCLR model");
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
        d -> d.report().hasDecisions("inception_v3") ? List.of("inception_v3") : List.of(),
        "Inception-V3 has no decisions yet");
  }

  @Override
  public ClaimText text() {
    return text;
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    List<String> ids =
        models.apply(data).stream().filter(m -> Double.isFinite(report.textureShare(m))).toList();
    if (ids.isEmpty()) {
      return Outcome.noData(needs, List.of());
    }
    boolean holds = true;
    List<String> parts = new ArrayList<>();
    for (String m : ids) {
      double share = report.textureShare(m);
      holds &= share >= low - TOLERANCE - 1e-12 && share <= high + TOLERANCE + 1e-12;
      parts.add(report.name(m) + " " + Format.percent(share));
    }
    return Outcome.of(holds, String.join(", ", parts), report.names(ids));
  }
}
