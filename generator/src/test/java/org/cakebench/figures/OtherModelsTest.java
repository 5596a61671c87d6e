package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Models outside the paper's comparison (group "other") are shown apart from the paper's groups.
 */
class OtherModelsTest {
  @Test
  void theShapeBiasPlotDrawsOtherModelsAsLighterContext() {
    Figure shape = new ShapeBiasPlot(Fixture.realistic(), Fixture.STYLES);

    assertThat(shape.caption())
        .contains("Models outside the paper's comparison are drawn lighter and smaller");
    assertThat(shape.table().rows())
        .extracting(row -> row.get(0))
        .contains("humans", "resnet50", "tvs2019-alexnet");
  }

  @Test
  void withoutOtherModelsTheShapeBiasCaptionSaysNothingAboutThem() {
    Figure shape = new ShapeBiasPlot(Fixture.STANDARD, Fixture.STYLES);

    assertThat(shape.caption()).doesNotContain("outside the paper");
  }

  @Test
  void theGroupComparisonNamesAFewOtherModelsAndCountsTheRest() {
    Figure groups = new ConsistencyGroupsPlot(Fixture.realistic(), Fixture.STYLES);

    // BagNet-33 and the 16 models of 2019.
    assertThat(groups.caption())
        .contains("Not shown, being outside the paper's groups: BagNet-33, AlexNet (Caffe, 2019),")
        .contains(" and 14 more.");
  }
}
