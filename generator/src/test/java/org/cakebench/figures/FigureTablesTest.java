package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.ConsistencyWithHumans;
import org.cakebench.data.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each figure's data table carries exactly the numbers the analyses computed. */
class FigureTablesTest {
  private static final AnalysisResults R = Fixture.STANDARD;

  static Stream<Figure> figures() {
    return Fixture.standardFigures().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void tableHoldsTheAnalysedNumbers(Figure figure) {
    DataTable t = figure.table();
    assertThat(t.rows()).as("rows of " + figure.id()).isNotEmpty();
    String id = figure.id();
    for (List<String> row : t.rows()) {
      if (id.startsWith("fig1-")) {
        String dataset = id.substring("fig1-".length());
        double expected =
            R.score(cell(t, row, "observer"), dataset, cell(t, row, "condition"))
                .orElseThrow()
                .accuracy();
        assertNumber(t, row, "accuracy", expected);
      } else if (id.startsWith("ec-")) {
        String dataset = id.substring("ec-".length());
        double expected =
            R.humanConsistency().stream()
                .filter(
                    h ->
                        h.dataset().equals(dataset)
                            && h.observer().equals(cell(t, row, "observer"))
                            && h.condition().equals(cell(t, row, "condition")))
                .mapToDouble(ConsistencyWithHumans::kappa)
                .findFirst()
                .orElseThrow();
        assertNumber(t, row, "kappa", expected);
      } else if (id.equals("fig2-groups")) {
        double expected =
            R.matrix(cell(t, row, "dataset"), Analyses.ALL)
                .orElseThrow()
                .kappa(cell(t, row, "observer_a"), cell(t, row, "observer_b"));
        assertNumber(t, row, "kappa", expected);
      } else if (id.startsWith("fig2-")) {
        String dataset = id.substring("fig2-".length());
        for (int j = 1; j < t.columns().size(); j++) {
          double expected =
              R.matrix(dataset, Analyses.ALL).orElseThrow().kappa(row.get(0), t.columns().get(j));
          assertThat(Double.parseDouble(row.get(j))).isCloseTo(expected, within(1e-6));
        }
      } else if (id.equals("fig3-shape-bias")) {
        var entry = R.shapeBias(cell(t, row, "observer")).orElseThrow();
        String category = cell(t, row, "category");
        var bias =
            category.equals("all")
                ? entry.overall()
                : entry.perCategory().get(Category.fromLabel(category).orElseThrow());
        assertNumber(t, row, "shape_fraction", bias.bias());
        assertNumber(t, row, "texture_fraction", 1 - bias.bias());
      } else if (id.startsWith("fig4-") || id.startsWith("fig5-")) {
        String dataset = id.startsWith("fig4-") ? "uniform-noise" : "low-pass";
        var matrix =
            R.confusion(cell(t, row, "observer"), dataset, cell(t, row, "condition")).orElseThrow();
        String response = cell(t, row, "response");
        Category truth = Category.fromLabel(cell(t, row, "category")).orElseThrow();
        double expected =
            response.equals(Category.NO_ANSWER)
                ? matrix.noAnswerPercent(truth)
                : matrix.percent(Category.fromLabel(response).orElseThrow(), truth);
        assertNumber(t, row, "percent", expected);
      } else if (id.startsWith("benchmark-")) {
        BenchmarkScores s = R.benchmark().get(cell(t, row, "observer"));
        String column = t.columns().get(t.columns().size() - 1);
        double expected =
            switch (column) {
              case "ood_accuracy" -> s.oodAccuracy();
              case "accuracy_difference" -> s.accuracyDifference();
              case "observed_consistency" -> s.observedConsistency();
              case "error_consistency" -> s.errorConsistency();
              default -> throw new AssertionError("unexpected column " + column);
            };
        assertNumber(t, row, column, expected);
      } else if (id.equals("nonparametric-accuracy")) {
        double expected =
            R.score(cell(t, row, "observer"), cell(t, row, "dataset"), Analyses.ALL)
                .orElseThrow()
                .accuracy();
        assertNumber(t, row, "accuracy", expected);
      } else if (id.equals("consistency-vs-accuracy")) {
        BenchmarkScores s = R.benchmark().get(cell(t, row, "observer"));
        assertNumber(t, row, "ood_accuracy", s.oodAccuracy());
        assertNumber(t, row, "error_consistency", s.errorConsistency());
      } else {
        throw new AssertionError("no table check for " + id);
      }
    }
  }

  private static String cell(DataTable t, List<String> row, String column) {
    return row.get(t.column(column));
  }

  private static void assertNumber(DataTable t, List<String> row, String column, double expected) {
    String text = cell(t, row, column);
    if (Double.isNaN(expected)) {
      assertThat(text).as(column + " of " + row).isEmpty();
    } else {
      assertThat(Double.parseDouble(text))
          .as(column + " of " + row)
          .isCloseTo(expected, within(1e-6));
    }
  }
}
