package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatrixLayoutTest {
  private static final List<String> BAR = List.of("\u22121.0", "\u22120.5", "0.0", "0.5", "1.0");

  @ParameterizedTest(name = "{0} observers")
  @ValueSource(ints = {3, 12, 40, 60})
  void theMatrixItsLabelsHeadersAndColourBarFitThePageWidth(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(i % 2 == 0 ? "ResNet-101 (Open Images V2, 2019) #" + i : "S" + i);
    }
    // Humans, one supervised and one self-supervised model, the rest "other": narrow middle bands.
    List<MatrixLayout.Band> bands =
        List.of(
            new MatrixLayout.Band(0, 1, "Humans"),
            new MatrixLayout.Band(1, 2, "Supervised"),
            new MatrixLayout.Band(2, 3, "Self-supervised"),
            new MatrixLayout.Band(3, Math.max(3, n), "Other models"));

    MatrixLayout layout = MatrixLayout.of(names, bands, BAR);

    assertThat(layout.width()).isLessThanOrEqualTo(Theme.WIDTH);
    double labels = Text.maxWidth(names, layout.font());
    assertThat(layout.left() - MatrixLayout.LABEL_GAP - labels)
        .as("room left of the row labels")
        .isGreaterThanOrEqualTo(MatrixLayout.PAD);
    double barRight = layout.barX() + ColourScale.verticalWidth(MatrixLayout.BAR_WIDTH, BAR);
    assertThat(barRight).isLessThanOrEqualTo(layout.width() - MatrixLayout.PAD + 1e-9);
    assertThat(layout.top() + layout.size(n) + MatrixLayout.LABEL_GAP + labels)
        .as("bottom of the column labels")
        .isLessThanOrEqualTo(layout.height() - MatrixLayout.PAD + 1e-9);
    double end = MatrixLayout.PAD;
    for (int b = 0; b < bands.size(); b++) {
      double x = layout.headers().get(b);
      assertThat(x).as("header " + b).isGreaterThanOrEqualTo(end);
      end = x + MatrixLayout.headerWidth(bands.get(b));
    }
    assertThat(end).isLessThanOrEqualTo(layout.width() - MatrixLayout.PAD);
  }

  @Test
  void fewObserversGetLargeCellsAndManyGetSmallOnes() {
    List<MatrixLayout.Band> bands = List.of(new MatrixLayout.Band(0, 3, "Humans"));
    MatrixLayout few = MatrixLayout.of(List.of("A", "B", "C"), bands, BAR);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add("Model " + i);
    }

    MatrixLayout crowded =
        MatrixLayout.of(many, List.of(new MatrixLayout.Band(0, 60, "Humans")), BAR);

    assertThat(few.cell()).isEqualTo(MatrixLayout.MAX_CELL);
    assertThat(crowded.cell()).isLessThan(12).isGreaterThanOrEqualTo(MatrixLayout.MIN_CELL);
  }

  @Test
  void namesAreWrittenEveryRowUntilRowsGetTooThinThenEverySoManyRowsAndNeverOnTopOfEachOther() {
    List<MatrixLayout.Band> bands = List.of(new MatrixLayout.Band(0, 3, "Humans"));
    assertThat(MatrixLayout.of(List.of("A", "B", "C"), bands, BAR).labelStep()).isEqualTo(1);
    for (int n : List.of(40, 60, 126, 220)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        names.add("synthetic-extra-" + i);
      }
      MatrixLayout layout =
          MatrixLayout.of(names, List.of(new MatrixLayout.Band(0, n, "Other models")), BAR);

      int pitch = layout.labelStep() * layout.cell();
      assertThat(pitch).as(n + " names").isGreaterThan(layout.font().getSize());
      // No more thinned than it must be: one row fewer would overlap.
      assertThat((layout.labelStep() - 1) * layout.cell())
          .as(n + " names")
          .isLessThanOrEqualTo(layout.font().getSize());
    }
  }
}
