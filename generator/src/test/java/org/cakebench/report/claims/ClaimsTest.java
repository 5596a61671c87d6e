package org.cakebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.report.ReportData;
import org.cakebench.site.SiteFixture;
import org.cakebench.site.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The claims on the synthetic study of the site tests (humans, ResNet-50 and SimCLR-x1, written as
 * trial files and read back as the build reads them), and the verdicts that follow from bootstrap
 * intervals. Every test computes its claims afresh.
 */
class ClaimsTest {
  @TempDir Path dir;

  /** The claims checked on the synthetic study with SimCLR-x1 taking {@code texture} of 32. */
  List<ClaimResult> claims(int texture) {
    return Claims.check(report(new SyntheticStudy(texture), "t" + texture));
  }

  /** The report of a synthetic study, with the bootstrap intervals of its trials. */
  ReportData report(SyntheticStudy study, String name) {
    Path raw = study.write(dir.resolve("raw-" + name));
    return SiteFixture.report(raw).data();
  }

  ClaimResult claim(int texture, String id) {
    return PaperStudy.result(claims(texture), id);
  }

  @Test
  void everyClaimHasAUniqueIdAndAReportSection() {
    Set<String> ids = new HashSet<>();
    for (Claim c : Claims.all()) {
      assertThat(ids.add(c.text().id())).as(c.text().id()).isTrue();
      assertThat(c.text().section()).isNotEqualTo(PaperSection.BENCHMARK);
      assertThat(c.text().rule()).isNotBlank();
      assertThat(c.text().paperValue()).isNotBlank();
    }
    assertThat(ids).hasSize(19);
  }

  @ParameterizedTest(name = "{0} of 32 texture decisions: {1}")
  @CsvSource({"18, DIFFERS", "19, CONSISTENT_SO_FAR", "20, DIFFERS"})
  void simclrTextureIsInRangeOnlyWithinHalfAPointOfThePapersRange(int texture, Verdict verdict) {
    // 18/32 = 56.3% < 57.8%; 19/32 = 59.4%; 20/32 = 62.5% > 61.7%. One of three SimCLR models.
    ClaimResult c = claim(texture, "simclr-texture");
    assertThat(c.verdict()).isEqualTo(verdict);
    assertThat(c.coverage().label()).isEqualTo("1 of 3 models");
  }

  @Test
  void claimsAboutModelsWithoutDecisionsHaveNoDataYet() {
    ClaimResult inception = claim(19, "inception-texture");
    assertThat(inception.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(inception.outcome().reproduced())
        .isEqualTo("needs Inception-V3's decisions on cue-conflict");
    assertThat(claim(19, "self-supervised-texture").verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(claim(19, "self-supervised-within-range").verdict()).isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void groupComparisonWaitsForTwoModelsPerGroupButShowsPartialValues() {
    ClaimResult c = claim(19, "between-as-within");
    assertThat(c.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(c.outcome().reproduced())
        .contains("within self-supervised –")
        .contains("between ")
        .contains("needs two of the paper's supervised models")
        .contains("needs two of the paper's self-supervised models");
    assertThat(c.outcome().basis()).containsExactly("ResNet-50", "SimCLR-x1");
    assertThat(c.coverage().label()).isEqualTo("2 of 32 models");
  }

  @Test
  void simclrRobustnessComparesWithTheBestSupervisedModelOnEachDistortion() {
    ClaimResult c = claim(19, "simclr-robustness");
    assertThat(c.verdict()).isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(c.coverage().detail()).isEqualTo("SimCLR 1 of 3, supervised 1 of 24");
    // Benchmark conditions: uniform noise 0.35 (SimCLR right on all 32), contrast c05, high-pass
    // 1.0.
    assertThat(c.outcome().reproduced())
        .isEqualTo(
            "uniform-noise: SimCLR-x1 100.0% vs. ResNet-50 25.0%; contrast: SimCLR-x1 75.0% vs."
                + " ResNet-50 25.0%; high-pass: SimCLR-x1 75.0% vs. ResNet-50 25.0%");
  }

  @Test
  void singleCategoryAndKnifeReadTheStrongestNoiseLevel() {
    List<ClaimResult> claims = claims(19);
    ClaimResult single = PaperStudy.result(claims, "single-category");
    assertThat(single.verdict()).isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(single.outcome().reproduced())
        .contains("noise width 0.9")
        .contains("ResNet-50: 'knife' 100.0%")
        .contains("SimCLR-x1: 'bottle' 75.0%");
    assertThat(PaperStudy.result(claims, "resnet50-knife").verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shapeBiasOfEveryModelIsComparedWithTheHumans() {
    ClaimResult c = claim(19, "shape-below-humans");
    assertThat(c.verdict()).isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(c.outcome().reproduced()).isEqualTo("humans 1.00; highest model 0.41 (SimCLR-x1)");
  }

  @Test
  void humansAgreeingClearlyAboveChanceHolds() {
    // Both synthetic humans err on the same images: kappa 1 in every resample.
    ClaimResult c = claim(19, "human-kappa");
    assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(c.outcome().reproduced())
        .isEqualTo(
            "humans: cue-conflict 1.00 [1.00, 1.00]; edge 1.00 [1.00, 1.00]; silhouette 1.00"
                + " [1.00, 1.00]");
    assertThat(c.outcome().basis()).containsExactly("Humans");
    assertThat(c.coverage()).isEqualTo(Coverage.NONE);
  }

  @Test
  void thePrintedHumanKappaDiffersWhenEveryAveragingLiesOnOneSideOfIt() {
    ClaimResult c = claim(19, "human-kappa-value");
    assertThat(c.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(c.outcome().reproduced())
        .contains("edge alone 1.000")
        .contains("mean of the three 1.000")
        .contains("weighted by images 1.000")
        .contains("median of all 3 pairs 1.000")
        .endsWith("no averaging over the three datasets rounds to 0.32");
  }

  @Test
  void theTrialCountIsContextWithoutAVerdict() {
    ClaimResult c = claim(19, "trials");
    assertThat(c.verdict()).isEqualTo(Verdict.CONTEXT);
    assertThat(c.verdict().checked()).isFalse();
    assertThat(c.text().paperValue()).isEqualTo("over 130,000 trials");
    assertThat(c.text().rule()).contains("82,880").contains("48,560").contains("131,440");
    // Synthetic: 2 humans × 32 images on 3 + 2 + 2 conditions and the 3 texture-shape datasets.
    assertThat(c.outcome().reproduced())
        .isEqualTo("640 human trials on 6 of the paper's 15 datasets in the public data");
  }

  @ParameterizedTest(name = "gap {0} [{1}, {2}] on silhouettes: {3}")
  @CsvSource({
    "0.05, 0.01, 0.09, HOLDS",
    "0.05, 0.0, 0.09, MARGINAL",
    "0.05, -0.02, 0.12, MARGINAL",
    "0.0, 0.0, 0.03, DIFFERS",
    "-0.01, -0.05, 0.03, DIFFERS"
  })
  void nonHumanErrorsIsMarginalWhenTheGapsIntervalIncludesZero(
      double gap, double low, double high, Verdict verdict) {
    // All 32 models: a clear gap on every dataset holds.
    ReportData report =
        withInterval(
            PaperStudy.all().report(),
            Datasets.SILHOUETTE,
            k ->
                new KappaIntervals(
                    k.dataset(),
                    k.images(),
                    k.resamples(),
                    k.humans(),
                    "resnet50",
                    k.closest(),
                    new Estimate(gap, low, high)));
    ClaimResult c = PaperStudy.result(Claims.check(report), "non-human-errors");
    assertThat(c.verdict()).isEqualTo(verdict);
    assertThat(c.outcome().reproduced().contains("marginal")).isEqualTo(gap > 0 && low <= 0);
    assertThat(c.outcome().reproduced()).contains("silhouette: humans 1.00, closest model");
  }

  @ParameterizedTest(name = "humans {0} [{1}, {2}] on edges: {3}")
  @CsvSource({
    "0.30, 0.01, 0.50, HOLDS",
    "0.30, 0.0, 0.50, MARGINAL",
    "0.30, -0.10, 0.50, MARGINAL",
    "0.0, -0.10, 0.10, DIFFERS",
    "-0.05, -0.20, 0.10, DIFFERS"
  })
  void humanKappaIsMarginalWhenItsIntervalIncludesZero(
      double kappa, double low, double high, Verdict verdict) {
    ReportData report =
        withInterval(
            report(new SyntheticStudy(19), "kappa"),
            Datasets.EDGE,
            k ->
                new KappaIntervals(
                    k.dataset(),
                    k.images(),
                    k.resamples(),
                    new Estimate(kappa, low, high),
                    k.closestModel(),
                    k.closest(),
                    k.gap()));
    ClaimResult c = PaperStudy.result(Claims.check(report), "human-kappa");
    assertThat(c.verdict()).isEqualTo(verdict);
  }

  /** {@code report} with the interval of {@code dataset} replaced. */
  static ReportData withInterval(
      ReportData report, Dataset dataset, UnaryOperator<KappaIntervals> change) {
    Map<Dataset, KappaIntervals> intervals = new HashMap<>(report.results().intervals());
    intervals.put(dataset, change.apply(intervals.get(dataset)));
    AnalysisResults a = report.results();
    return new ReportData(
        new AnalysisResults(
            a.perDataset(), a.models(), a.benchmark(), a.shapeBias(), intervals, a.perImage()),
        report.catalog());
  }

  @Test
  void withoutBootstrapIntervalsTheKappaClaimsHaveNoDataYet() {
    ReportData report = PaperStudy.all().report();
    AnalysisResults a = report.results();
    ReportData none =
        new ReportData(
            new AnalysisResults(
                a.perDataset(), a.models(), a.benchmark(), a.shapeBias(), Map.of(), a.perImage()),
            report.catalog());
    List<ClaimResult> claims = Claims.check(none);
    assertThat(PaperStudy.result(claims, "human-kappa").verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(PaperStudy.result(claims, "non-human-errors").verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(PaperStudy.result(claims, "non-human-errors").outcome().reproduced())
        .isEqualTo("needs two or more humans and the paper's models on cue-conflict");
  }

  @Test
  void modelsOutsideThePapersComparisonNeverCount() {
    // BagNet-33 answers exactly like a human: counted, it would break every claim about models.
    ReportData withExtra = report(new SyntheticStudy(19).withExtra(), "extra");
    assertThat(withExtra.hasDecisions(SyntheticStudy.EXTRA)).isTrue();
    assertThat(withExtra.shapeBias(SyntheticStudy.EXTRA)).isEqualTo(withExtra.shapeBias("humans"));
    assertThat(withExtra.humanKappa(SyntheticStudy.EXTRA, Datasets.EDGE)).isEqualTo(1.0);
    List<ClaimResult> with = Claims.check(withExtra);
    List<ClaimResult> without = claims(19);
    for (int i = 0; i < with.size(); i++) {
      assertThat(with.get(i).outcome()).as(with.get(i).id()).isEqualTo(without.get(i).outcome());
      assertThat(with.get(i).outcome().basis()).doesNotContain("BagNet-33");
    }
  }
}
