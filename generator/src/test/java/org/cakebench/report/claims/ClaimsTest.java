package org.cakebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.PaperSection;
import org.cakebench.report.ReportData;
import org.cakebench.site.SiteFixture;
import org.cakebench.site.SyntheticStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsTest {
  @TempDir static Path dir;
  private static final Map<Integer, List<ClaimResult>> RESULTS = new ConcurrentHashMap<>();

  private static final ObserverCatalog CATALOG =
      ObserverCatalog.load(
          SiteFixture.PROJECT.resolve("content/observers.yaml"), SiteFixture.PROJECT);

  /** The claims checked on the synthetic study with SimCLR-x1 taking {@code texture} of 32. */
  static List<ClaimResult> claims(int texture) {
    return RESULTS.computeIfAbsent(texture, t -> Claims.check(report(new SyntheticStudy(t), "")));
  }

  /** The report of a synthetic study, with the bootstrap intervals of its trials. */
  static ReportData report(SyntheticStudy study, String name) {
    Path raw = study.write(dir.resolve("raw-" + name + study.hashCode()));
    return SiteFixture.report(raw).data();
  }

  static ClaimResult claim(int texture, String id) {
    return claims(texture).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
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
    assertThat(ids).hasSize(15);
  }

  @ParameterizedTest(name = "{0} of 32 texture decisions: {1}")
  @CsvSource({"18, DIFFERS", "19, HOLDS", "20, DIFFERS"})
  void simclrTextureHoldsOnlyWithinHalfAPointOfThePapersRange(int texture, Verdict verdict) {
    // 18/32 = 56.3% < 57.8%; 19/32 = 59.4%; 20/32 = 62.5% > 61.7%.
    assertThat(claim(texture, "simclr-texture").verdict()).isEqualTo(verdict);
  }

  @Test
  void claimsAboutModelsWithoutDecisionsHaveNoDataYet() {
    ClaimResult inception = claim(19, "inception-texture");
    assertThat(inception.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(inception.outcome().reproduced()).contains("Inception-V3 has no decisions yet");
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
        .contains("needs two models per group");
    assertThat(c.outcome().basis()).containsExactly("ResNet-50", "SimCLR-x1");
  }

  @Test
  void simclrRobustnessComparesWithTheBestSupervisedModelOnEachDistortion() {
    ClaimResult c = claim(19, "simclr-robustness");
    assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
    // Benchmark conditions: uniform noise 0.35 (SimCLR right on all 32), contrast c05, high-pass
    // 1.0.
    assertThat(c.outcome().reproduced())
        .contains("uniform-noise: SimCLR-x1 100.0% vs. best supervised 25.0% (ResNet-50)")
        .contains("contrast: SimCLR-x1 75.0% vs. best supervised 25.0% (ResNet-50)");
  }

  @Test
  void singleCategoryAndKnifeReadTheStrongestNoiseLevel() {
    ClaimResult single = claim(19, "single-category");
    assertThat(single.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(single.outcome().reproduced())
        .contains("noise width 0.9")
        .contains("ResNet-50: 'knife' 100.0%")
        .contains("SimCLR-x1: 'bottle' 75.0%");
    assertThat(claim(19, "resnet50-knife").verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shapeBiasOfEveryModelIsComparedWithTheHumans() {
    ClaimResult c = claim(19, "shape-below-humans");
    assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(c.outcome().reproduced()).isEqualTo("humans 1.00; highest model 0.41 (SimCLR-x1)");
  }

  @Test
  void humansAgreeingClearlyAboveChanceAndAboveTheModelsHolds() {
    // Both synthetic humans err on the same images: kappa 1 in every resample.
    ClaimResult c = claim(19, "human-kappa");
    assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(c.outcome().reproduced()).contains("edge: humans 1.00 [1.00, 1.00]");
    assertThat(c.outcome().basis()).containsExactly("Humans", "ResNet-50", "SimCLR-x1");
  }

  @Test
  void thePrintedHumanKappaDiffersOnlyWhenNoAveragingGivesIt() {
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
    "0.05, -0.02, 0.12, MARGINAL",
    "-0.01, -0.05, 0.03, DIFFERS"
  })
  void nonHumanErrorsIsMarginalWhenTheGapsIntervalIncludesZero(
      double gap, double low, double high, Verdict verdict) {
    ReportData synthetic = report(new SyntheticStudy(19), "gap");
    Map<Dataset, KappaIntervals> intervals = new HashMap<>(synthetic.results().intervals());
    KappaIntervals real = intervals.get(Datasets.SILHOUETTE);
    intervals.put(
        Datasets.SILHOUETTE,
        new KappaIntervals(
            Datasets.SILHOUETTE,
            real.images(),
            real.resamples(),
            real.humans(),
            "resnet50",
            real.closest(),
            new Estimate(gap, low, high)));
    AnalysisResults a = synthetic.results();
    ReportData report =
        new ReportData(
            new AnalysisResults(
                a.perDataset(), a.models(), a.benchmark(), a.shapeBias(), intervals, a.perImage()),
            synthetic.catalog());
    ClaimResult c =
        Claims.check(report).stream()
            .filter(r -> r.id().equals("non-human-errors"))
            .findFirst()
            .orElseThrow();
    assertThat(c.verdict()).isEqualTo(verdict);
    assertThat(c.outcome().reproduced().contains("marginal"))
        .isEqualTo(verdict == Verdict.MARGINAL);
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
