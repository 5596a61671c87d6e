package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionGridLayoutTest {
  @Test
  void eightConditionsMakeTwoBlocksOfFourWithSquareCellsAndTenPixelLabels() {
    ConfusionGridLayout layout = ConfusionGridLayout.of(8, 4, "Uniform noise");

    assertThat(layout.blocks()).containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7));
    assertThat(layout.cell()).isGreaterThanOrEqualTo(ConfusionGridLayout.MIN_CELL);
    assertThat(layout.panelWidth()).isEqualTo(16 * layout.cell());
    assertThat(layout.panelHeight()).isEqualTo(17 * layout.cell());
    assertThat(layout.font().getSize()).isGreaterThanOrEqualTo(10);
    assertThat(layout.width()).isLessThanOrEqualTo(Theme.WIDTH);
    assertThat(layout.panelX(3) + layout.panelWidth())
        .isLessThanOrEqualTo(layout.width() - ConfusionGridLayout.PAD);
  }

  @Test
  void conditionsSplitIntoBlocksOfNearlyEqualSize() {
    assertThat(ConfusionGridLayout.of(7, 2, "x").blocks())
        .containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6));
    assertThat(ConfusionGridLayout.of(5, 2, "x").blocks())
        .containsExactly(List.of(0, 1, 2), List.of(3, 4));
  }

  @Test
  void fewConditionsFitOneRowWithLargerCells() {
    ConfusionGridLayout three = ConfusionGridLayout.of(3, 2, "Contrast");

    assertThat(three.blocks()).hasSize(1);
    assertThat(three.cell()).isGreaterThan(ConfusionGridLayout.of(8, 2, "Contrast").cell());
  }

  @Test
  void eachObserverAddsOneRowPerBlock() {
    ConfusionGridLayout four = ConfusionGridLayout.of(8, 4, "Low-pass");
    ConfusionGridLayout five = ConfusionGridLayout.of(8, 5, "Low-pass");

    assertThat(five.height() - four.height())
        .isEqualTo(2 * (int) (four.panelHeight() + ConfusionGridLayout.ROW_GAP));
  }
}
