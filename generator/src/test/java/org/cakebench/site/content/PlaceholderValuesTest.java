package org.cakebench.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cakebench.site.SiteFixture;
import org.cakebench.site.SyntheticStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholderValuesTest {
  @TempDir static Path dir;
  static PlaceholderValues values;

  @BeforeAll
  static void compute() {
    Path raw = new SyntheticStudy(19).write(dir.resolve("raw"));
    values = new PlaceholderValues(SiteFixture.report(raw));
  }

  @Test
  void namesWhichOfThePapersModelsHaveDecisions() {
    assertThat(values.get("models.paper_total")).contains("32");
    assertThat(values.get("models.paper_supervised_total")).contains("24");
    assertThat(values.get("models.paper_self_supervised_total")).contains("8");
    assertThat(values.get("models.paper_with_decisions")).contains("ResNet-50 and SimCLR-x1");
    assertThat(values.get("models.paper_without_decisions_count")).contains("30");
    assertThat(values.get("models.extras_with_decisions")).contains("none");
    assertThat(values.get("models.extras_stylized_count")).contains("0");
  }

  @Test
  void formatsMeasuresAsTheirKindRequires() {
    assertThat(values.get("texture.simclr_resnet50x1")).contains("59.4%");
    assertThat(values.get("shape_bias.humans")).contains("1.00");
    assertThat(values.get("accuracy.simclr_resnet50x1.uniform-noise")).contains("100.0%");
    assertThat(values.get("dominant.resnet50.uniform-noise")).contains("knife");
    assertThat(values.get("trials.humans.cue-conflict")).contains("64");
    assertThat(values.get("images.cue-conflict")).contains("32");
    assertThat(values.get("images.uniform-noise")).contains("96");
    assertThat(values.get("claim.simclr-texture.verdict")).contains("consistent so far");
    assertThat(values.get("claim.simclr-texture.coverage")).contains("1 of 3 models");
    assertThat(values.get("claim.human-kappa.coverage")).contains("humans only");
    assertThat(values.get("claims.total")).contains("18");
    assertThat(values.get("claims.holds")).contains("3");
    assertThat(values.get("claims.consistent_so_far")).contains("7");
    assertThat(values.get("claims.marginal")).contains("0");
    assertThat(values.get("claims.differs")).contains("2");
    assertThat(values.get("claims.unresolved")).contains("0");
    assertThat(values.get("claims.no_data")).contains("6");
    assertThat(values.get("claims.context")).contains("1");
    assertThat(values.get("claim.trials.verdict")).contains("context");
    assertThat(values.get("claim.trials.paper")).contains("over 130,000 trials");
    assertThat(values.get("trials.source_total")).contains("131,440");
  }

  @Test
  void followsTheMostFrequentResponseOverTheNoiseLevels() {
    // ResNet-50 answers knife at 0.9 only; SimCLR-x1 bottle on 24 of 32 images there.
    assertThat(values.get("dominant.resnet50.uniform-noise.0.9")).contains("knife");
    assertThat(values.get("dominant_share.simclr_resnet50x1.uniform-noise.0.9")).contains("75.0%");
    assertThat(values.get("dominant_path.resnet50.uniform-noise")).contains("knife (0.9)");
    assertThat(values.get("dominant_path.simclr_resnet50x1.uniform-noise"))
        .contains("bottle (0.9)");
    assertThat(values.get("accuracy.resnet50.uniform-noise.0.35")).contains("25.0%");
  }

  @Test
  void givesTheBootstrapIntervalsOfTheTextureShapeDatasets() {
    assertThat(values.get("bootstrap.resamples")).contains("1,000");
    assertThat(values.get("bootstrap.edge.humans")).contains("1.00 [1.00, 1.00]");
    assertThat(values.get("bootstrap.edge.closest_model")).isPresent();
    assertThat(values.get("bootstrap.edge.gap").orElseThrow()).matches("0\\.\\d\\d \\[.*]");
    assertThat(values.get("claim.non-human-errors.rule").orElseThrow()).contains("1,000 resamples");
  }

  @Test
  void describesTheDatasetsAModelHas() {
    assertThat(values.get("datasets_of.resnet50")).contains("all 7 datasets");
    assertThat(values.get("models.extras_coverage")).contains("none");
  }

  @Test
  void modelsWithoutDecisionsReadNoDataYet() {
    assertThat(values.get("texture.inception_v3")).contains(PlaceholderValues.NO_DATA);
    assertThat(values.get("accuracy.MoCo.contrast")).contains(PlaceholderValues.NO_DATA);
    assertThat(values.get("benchmark.alexnet.ood_accuracy")).contains(PlaceholderValues.NO_DATA);
  }

  @Test
  void unknownNamesHaveNoValue() {
    assertThat(values.get("texture.nobody")).isEmpty();
    assertThat(values.get("accuracy.resnet50.no-such-dataset")).isEmpty();
  }
}
