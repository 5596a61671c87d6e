package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

/** The error-consistency matrix's colours span the data's kappas, and the caption says how. */
class ErrorConsistencyMatrixTest {
  private static double[] offDiagonalRange(DataTable t) {
    double min = 0;
    double max = 0;
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> row = t.rows().get(i);
      for (int j = 1; j < row.size(); j++) {
        if (j - 1 != i && !row.get(j).isEmpty()) {
          min = Math.min(min, Double.parseDouble(row.get(j)));
          max = Math.max(max, Double.parseDouble(row.get(j)));
        }
      }
    }
    return new double[] {min, max};
  }

  @Test
  void theColourScaleSpansTheKappasBetweenDifferentObserversToTheNextTenth() {
    AnalysisResults results = Fixture.study(100);
    ErrorConsistencyMatrix matrix =
        new ErrorConsistencyMatrix(results, Fixture.STYLES, Datasets.CUE_CONFLICT);
    double[] range = offDiagonalRange(matrix.table());

    ColourScale scale = matrix.scale();

    assertThat(scale.max()).isGreaterThanOrEqualTo(range[1]).isLessThan(range[1] + 0.1 + 1e-9);
    assertThat(scale.min()).isLessThanOrEqualTo(range[0]).isGreaterThan(range[0] - 0.1 - 1e-9);
    assertThat(scale.max()).isLessThan(1);
  }

  @Test
  void zeroStaysWhiteAndTheTopOfTheRangeIsTheStrongestRed() {
    ColourScale scale = ColourScale.kappa(-0.1, 0.6);

    assertThat(scale.colour(0)).isEqualTo(java.awt.Color.WHITE);
    assertThat(scale.colour(0.6)).isEqualTo(ColourScale.KAPPA.colour(1));
    // Equal distances from 0 keep equal strength: -0.1 is as pale as -1/6 on the full scale.
    assertThat(scale.colour(-0.1).getRed())
        .isCloseTo(ColourScale.KAPPA.colour(-0.1 / 0.6).getRed(), within(2));
  }

  @Test
  void theCaptionSaysWhichObserversTheAxesNameWhenThereAreTooManyForEveryRow() {
    String crowded =
        new ErrorConsistencyMatrix(Fixture.study(100), Fixture.STYLES, Datasets.CUE_CONFLICT)
            .caption();
    String few =
        new ErrorConsistencyMatrix(Fixture.STANDARD, Fixture.STYLES, Datasets.CUE_CONFLICT)
            .caption();

    assertThat(crowded).contains("the axes name every second one, starting with the first");
    assertThat(few).doesNotContain("the axes name");
  }

  @Test
  void theCaptionStatesTheRangeAndTheGreyDiagonal() {
    ErrorConsistencyMatrix matrix =
        new ErrorConsistencyMatrix(Fixture.STANDARD, Fixture.STYLES, Datasets.CUE_CONFLICT);
    String top = String.format(java.util.Locale.ROOT, "%.1f", matrix.scale().max());

    assertThat(matrix.caption())
        .contains("from white at kappa 0", "to dark red at " + top)
        .contains("The diagonal (each observer with itself) is grey.");
  }
}
