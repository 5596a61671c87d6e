package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.junit.jupiter.api.Test;

class BenchmarkSelectionTest {
  // The 2019 AlexNet has trials on two of the six datasets only.
  private static final AnalysisResults PARTIAL =
      Fixture.analyse(
          SyntheticTrials.plus(
              SyntheticTrials.standard(), "tvs2019-alexnet", List.of("cue-conflict", "edge")));

  @Test
  void rankingsCompareOnlyModelsWithEveryDatasetAndTheHumans() {
    for (BenchmarkRanking.Metric metric : BenchmarkRanking.Metric.values()) {
      Figure ranking = new BenchmarkRanking(PARTIAL, Fixture.STYLES, metric);

      DataTable t = ranking.table();
      assertThat(t.rows())
          .extracting(row -> row.get(t.column("observer")))
          .containsExactlyInAnyOrder("humans", "alexnet", "resnet50", "simclr_resnet50x1");
      assertThat(ranking.caption())
          .contains("Left out for lacking trials on some of the 6 datasets: 1 model,")
          .contains("AlexNet (Caffe, 2019)");
    }
  }

  @Test
  void theScatterLeavesOutTheSameModels() {
    Figure scatter = new ConsistencyAccuracyScatter(PARTIAL, Fixture.STYLES);

    DataTable t = scatter.table();
    assertThat(t.rows())
        .extracting(row -> row.get(t.column("observer")))
        .doesNotContain("tvs2019-alexnet")
        .contains("humans", "resnet50");
    assertThat(scatter.caption()).contains("AlexNet (Caffe, 2019)");
  }

  @Test
  void manyLeftOutModelsAreCountedAndTheFirstFewNamed() {
    AnalysisResults results =
        Fixture.analyse(
            SyntheticTrials.plus(
                SyntheticTrials.plus(
                    SyntheticTrials.plus(
                        SyntheticTrials.plus(
                            SyntheticTrials.standard(), "tvs2019-alexnet", List.of("edge")),
                        "tvs2019-vgg16",
                        List.of("edge")),
                    "tvs2019-googlenet",
                    List.of("edge")),
                "tvs2019-resnet50",
                List.of("edge")));

    String note = BenchmarkSelection.of(results, Fixture.STYLES).note();

    assertThat(note)
        .isEqualTo(
            "Left out for lacking trials on some of the 6 datasets: 4 models, AlexNet (Caffe,"
                + " 2019), GoogLeNet (Caffe, 2019), VGG-16 (Caffe, 2019) and 1 more.");
  }

  @Test
  void nothingIsSaidWhenEveryModelHasEveryDataset() {
    assertThat(BenchmarkSelection.of(Fixture.STANDARD, Fixture.STYLES).note()).isEmpty();
  }
}
