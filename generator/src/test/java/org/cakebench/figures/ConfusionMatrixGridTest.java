package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

/** The confusion grids show the humans and the chosen models, whatever else has decisions. */
class ConfusionMatrixGridTest {
  private static List<String> observers(ConfusionMatrixGrid grid) {
    return grid.table().rows().stream().map(r -> r.get(0)).distinct().toList();
  }

  @Test
  void showsTheHumansThenTheChosenModelsInTheirOrder() {
    ConfusionMatrixGrid grid =
        new ConfusionMatrixGrid(
            "g",
            Fixture.STANDARD,
            Fixture.STYLES,
            Datasets.UNIFORM_NOISE,
            List.of("simclr_resnet50x1", "resnet50"));
    assertThat(observers(grid)).containsExactly("humans", "simclr_resnet50x1", "resnet50");
    assertThat(grid.caption()).contains("1 further model with decisions not shown");
  }

  @Test
  void namesChosenModelsWithoutDecisions() {
    ConfusionMatrixGrid grid =
        new ConfusionMatrixGrid(
            "g",
            Fixture.STANDARD,
            Fixture.STYLES,
            Datasets.UNIFORM_NOISE,
            List.of("resnet50", "InsDis", "alexnet", "simclr_resnet50x1"));
    assertThat(observers(grid))
        .containsExactly("humans", "resnet50", "alexnet", "simclr_resnet50x1");
    assertThat(grid.caption()).contains("No decisions yet for InsDis").doesNotContain("not shown");
  }

  @Test
  void aHundredModelsDrawTheSameGridAsThree() {
    // Every catalogue model, the paper's 32 and the extras, has decisions here.
    AnalysisResults many = Fixture.many();
    ConfusionMatrixGrid grid =
        new ConfusionMatrixGrid(
            "g", many, Fixture.STYLES, Datasets.UNIFORM_NOISE, List.of("resnet50"));
    ConfusionMatrixGrid few =
        new ConfusionMatrixGrid(
            "g", Fixture.STANDARD, Fixture.STYLES, Datasets.UNIFORM_NOISE, List.of("resnet50"));
    assertThat(grid.chart().height()).isEqualTo(few.chart().height());
    assertThat(grid.caption()).contains("further models with decisions not shown");
  }
}
