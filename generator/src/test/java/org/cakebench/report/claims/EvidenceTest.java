package org.cakebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cakebench.data.Datasets;
import org.cakebench.report.ReportData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one evidence rule: coverage, the minimum, and the verdict that follows from a finding. */
class EvidenceTest {

  @ParameterizedTest(name = "{0} on {1} of {2}: {3}")
  @CsvSource({
    "SATISFIED, 32, 32, HOLDS",
    "SATISFIED, 31, 32, CONSISTENT_SO_FAR",
    "SATISFIED, 1, 32, CONSISTENT_SO_FAR",
    "SATISFIED, 1, 1, HOLDS",
    "UNCERTAIN, 32, 32, MARGINAL",
    "UNCERTAIN, 2, 32, MARGINAL",
    "BROKEN, 2, 32, DIFFERS",
    "BROKEN, 32, 32, DIFFERS"
  })
  void holdsOnlyWithEveryModelAndDiffersOnOneCounterexample(
      Finding finding, int present, int total, Verdict verdict) {
    Coverage coverage = new Coverage(List.of(new Coverage.Part("models", present, total)));
    assertThat(Evidence.verdict(finding, coverage)).isEqualTo(verdict);
  }

  @Test
  void aClaimAboutHumansAloneIsCompleteAndSaysSo() {
    assertThat(Coverage.NONE.aboutModels()).isFalse();
    assertThat(Coverage.NONE.complete()).isTrue();
    assertThat(Coverage.NONE.label()).isEqualTo("humans only");
    assertThat(Coverage.NONE.detail()).isEqualTo("humans only");
    assertThat(Evidence.verdict(Finding.SATISFIED, Coverage.NONE)).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void coverageAddsItsGroupsAndNamesEachInTheDetail() {
    Coverage c =
        new Coverage(
            List.of(
                new Coverage.Part("supervised", 1, 24),
                new Coverage.Part("self-supervised", 1, 8)));
    assertThat(c.present()).isEqualTo(2);
    assertThat(c.total()).isEqualTo(32);
    assertThat(c.complete()).isFalse();
    assertThat(c.aboutModels()).isTrue();
    assertThat(c.label()).isEqualTo("2 of 32 models");
    assertThat(c.detail()).isEqualTo("supervised 1 of 24, self-supervised 1 of 8");
    Coverage one = new Coverage(List.of(new Coverage.Part("Inception-V3", 0, 1)));
    assertThat(one.label()).isEqualTo("0 of 1 model");
    assertThat(one.detail()).isEqualTo("0 of 1 model");
    assertThat(new Coverage(List.of(new Coverage.Part("SimCLR", 3, 3))).complete()).isTrue();
  }

  @Test
  void groupsComeFromTheCatalogueWhetherOrNotTheirModelsHaveDecisions() {
    ClaimData data = new ClaimData(PaperStudy.of(List.of()).report());
    assertThat(data.models().members()).hasSize(32);
    assertThat(data.supervised().members()).hasSize(24).contains("resnet50", "inception_v3");
    assertThat(data.selfSupervised().members()).hasSize(8);
    assertThat(data.simclr().members())
        .containsExactly("simclr_resnet50x1", "simclr_resnet50x2", "simclr_resnet50x4");
    assertThat(data.otherSelfSupervised().members())
        .containsExactly("InsDis", "MoCo", "MoCoV2", "PIRL", "InfoMin");
    assertThat(data.model("resnet50").members()).containsExactly("resnet50");
    assertThat(data.model("resnet50").name()).isEqualTo("ResNet-50");
    assertThat(data.models().minimum()).isEqualTo(Evidence.MINIMUM).isEqualTo(1);
    assertThat(data.supervised().pairs().minimum()).isEqualTo(Evidence.MINIMUM_FOR_PAIRS);
    assertThat(data.supervised().pairs().members()).isEqualTo(data.supervised().members());
  }

  @Test
  void aModelMissingADatasetEntersTheCheckButIsNotCovered() {
    ReportData report =
        PaperStudy.of(List.of("resnet50", "resnet18", "bagnet33"))
            .without("resnet18", Datasets.CONTRAST)
            .without("bagnet33", Datasets.CONTRAST)
            .report();
    ClaimData data = new ClaimData(report);
    Evidence e = data.evidence(Datasets.SIMCLR_ROBUST, data.supervised());
    assertThat(e.entered(data.supervised())).containsExactly("resnet18", "resnet50");
    assertThat(e.covered(data.supervised())).containsExactly("resnet50");
    assertThat(e.on(data.supervised(), Datasets.CONTRAST)).containsExactly("resnet50");
    assertThat(e.on(data.supervised(), Datasets.HIGH_PASS)).containsExactly("resnet18", "resnet50");
    assertThat(e.coverage().label()).isEqualTo("1 of 24 models");
    assertThat(e.enough()).isTrue();
    // An extra never enters, whatever its data.
    assertThat(e.entered()).doesNotContain("bagnet33");
  }

  @Test
  void belowTheMinimumSaysWhatIsMissing() {
    ClaimData data = new ClaimData(PaperStudy.of(List.of("resnet50", "InsDis")).report());
    Evidence pairs =
        data.evidence(
            Datasets.TEXTURE_SHAPE, data.supervised().pairs(), data.selfSupervised().pairs());
    assertThat(pairs.enough()).isFalse();
    assertThat(pairs.missing())
        .isEqualTo(
            "needs two of the paper's supervised models with decisions on cue-conflict, edge and"
                + " silhouette (has ResNet-50); needs two of the paper's self-supervised models"
                + " with decisions on cue-conflict, edge and silhouette (has InsDis)");
    Evidence simclr = data.evidence(Datasets.PARAMETRIC, data.simclr(), data.supervised());
    assertThat(simclr.enough()).isFalse();
    assertThat(simclr.missing())
        .isEqualTo(
            "needs one of the paper's SimCLR models with decisions on the 12 distortions (has"
                + " none)");
    Evidence inception = data.evidence(List.of(Datasets.CUE_CONFLICT), data.model("inception_v3"));
    assertThat(inception.missing()).isEqualTo("needs Inception-V3's decisions on cue-conflict");
    Outcome none = inception.noData("", List.of());
    assertThat(none.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(none.reproduced()).isEqualTo("needs Inception-V3's decisions on cue-conflict");
    assertThat(none.coverage().label()).isEqualTo("0 of 1 model");
    assertThat(pairs.noData("between 0.50", List.of()).reproduced())
        .startsWith("between 0.50 — needs two of the paper's supervised models");
  }

  @Test
  void theMinimumIsOneModelPerGroupAndAPairWhereTheRuleAveragesOverPairs() {
    ClaimData one = new ClaimData(PaperStudy.of(List.of("resnet50")).report());
    assertThat(one.evidence(Datasets.TEXTURE_SHAPE, one.supervised()).enough()).isTrue();
    assertThat(one.evidence(Datasets.TEXTURE_SHAPE, one.supervised().pairs()).enough()).isFalse();
    ClaimData two = new ClaimData(PaperStudy.of(List.of("resnet50", "alexnet")).report());
    assertThat(two.evidence(Datasets.TEXTURE_SHAPE, two.supervised().pairs()).enough()).isTrue();
    assertThat(
            two.evidence(Datasets.TEXTURE_SHAPE, two.supervised(), two.selfSupervised()).enough())
        .isFalse();
  }
}
