package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * Section 3.3: neither supervised nor self-supervised models make human-like errors. On each
 * texture-shape dataset the humans' error consistency with each other must exceed that of the
 * closest model with the humans; a bootstrap over images says whether the gap is clear or marginal.
 */
public final class NonHumanErrorsClaim implements Claim {

  @Override
  public ClaimText text() {
    return new ClaimText(
        "non-human-errors",
        PaperSection.IMAGE,
        "Section 3.3, Figure 2",
        "Neither supervised nor self-supervised models make human-like errors.",
        "model–human κ below human–human κ",
        "On each texture-shape dataset, the gap = mean κ over pairs of humans − the highest mean κ"
            + " with the humans of any of the paper's models must be above 0. A bootstrap over"
            + " images ("
            + Format.count(KappaBootstrap.RESAMPLES)
            + " resamples, fixed seed, the highest model taken anew in each) gives the gap a 95%"
            + " interval. Holds if every interval lies above 0; marginal if every gap is above 0"
            + " but an interval includes 0 (on that dataset the data cannot tell the closest model"
            + " from the human level); differs if a gap is 0 or below.");
  }

  @Override
  public Outcome check(ClaimData data) {
    ReportData report = data.report();
    Evidence evidence =
        data.evidence(Datasets.TEXTURE_SHAPE, data.supervised(), data.selfSupervised());
    List<String> basis = data.names(true, evidence.entered());
    if (!evidence.enough()) {
      return evidence.noData("", basis);
    }
    boolean above = true;
    boolean clear = true;
    List<String> parts = new ArrayList<>();
    for (Dataset dataset : Datasets.TEXTURE_SHAPE) {
      KappaIntervals k = report.intervals(dataset).orElse(null);
      if (k == null || k.closestModel() == null) {
        return Outcome.noData(
            "needs two or more humans and the paper's models on " + dataset.name(),
            basis,
            evidence.coverage());
      }
      above &= k.gap().value() > 0;
      clear &= k.gap().aboveZero();
      parts.add(
          dataset.name()
              + ": humans "
              + Format.decimal(k.humans().value(), 2)
              + ", closest model "
              + Format.decimal(k.closest().value(), 2)
              + " ("
              + report.name(k.closestModel())
              + "), gap "
              + Format.estimate(k.gap(), 2)
              + (k.marginal() ? ", marginal" : ""));
    }
    Finding finding = !above ? Finding.BROKEN : clear ? Finding.SATISFIED : Finding.UNCERTAIN;
    return evidence.outcome(finding, String.join("; ", parts), basis);
  }
}
