package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.ConsistencyMatrix;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.GroupMeans;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each figure's data table carries exactly the numbers the analyses computed. */
class FigureTablesTest {
  private static final AnalysisResults R = Fixture.STANDARD;

  private static Condition condition(Dataset d, String label) {
    return d.condition(label).orElseThrow();
  }

  private static ConsistencyMatrix matrix(Dataset d) {
    return R.dataset(d).flatMap(DatasetResults::consistency).orElseThrow();
  }

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
      Dataset shown = figure.dataset().orElse(null);
      if (id.startsWith("fig1-")) {
        Dataset panel =
            id.equals(AccuracyGrid.ID) ? Datasets.require(cell(t, row, "dataset")) : shown;
        ConditionScore score =
            R.score(cell(t, row, "observer"), panel, condition(panel, cell(t, row, "condition")))
                .orElseThrow();
        assertNumber(t, row, "accuracy", score.accuracy());
        assertNumber(t, row, "low", score.accuracyInterval().low());
        assertNumber(t, row, "high", score.accuracyInterval().high());
      } else if (id.startsWith("ec-")) {
        double expected =
            R.score(cell(t, row, "observer"), shown, condition(shown, cell(t, row, "condition")))
                .orElseThrow()
                .kappa();
        assertNumber(t, row, "kappa", expected);
      } else if (id.equals("fig2-groups")) {
        ConsistencyMatrix m = matrix(Datasets.require(cell(t, row, "dataset")));
        assertNumber(
            t, row, "kappa", m.kappa(cell(t, row, "observer_a"), cell(t, row, "observer_b")));
        // The group's mean and interval: over the analysed kappas of all pairs of its group.
        List<Double> group =
            t.rows().stream()
                .filter(
                    r ->
                        cell(t, r, "dataset").equals(cell(t, row, "dataset"))
                            && cell(t, r, "pair_group").equals(cell(t, row, "pair_group")))
                .map(r -> m.kappa(cell(t, r, "observer_a"), cell(t, r, "observer_b")))
                .toList();
        Estimate mean = GroupMeans.of(group);
        assertNumber(t, row, "group_mean", mean.value());
        assertNumber(t, row, "group_low", mean.low());
        assertNumber(t, row, "group_high", mean.high());
      } else if (id.equals("fig3-shape-bias") && cell(t, row, "observer").startsWith("mean-")) {
        // Checked against the catalogue's groups in ShapeBiasGroupsTest; here they are consistent.
        double shape = Double.parseDouble(cell(t, row, "shape_fraction"));
        assertNumber(t, row, "texture_fraction", 1 - shape);
        assertThat(Double.parseDouble(cell(t, row, "low"))).isLessThanOrEqualTo(shape);
        assertThat(Double.parseDouble(cell(t, row, "high"))).isGreaterThanOrEqualTo(shape);
      } else if (id.startsWith("fig2-")) {
        for (int j = 1; j < t.columns().size(); j++) {
          double expected = matrix(shown).kappa(row.get(0), t.columns().get(j));
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
        // The overall shape bias has its interval; a category has none.
        Estimate interval = category.equals("all") ? entry.biasInterval() : Estimate.missing();
        assertNumber(t, row, "low", interval.low());
        assertNumber(t, row, "high", interval.high());
      } else if (id.startsWith("fig4-") || id.startsWith("fig5-")) {
        var matrix =
            R.score(cell(t, row, "observer"), shown, condition(shown, cell(t, row, "condition")))
                .orElseThrow()
                .confusion();
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
            R.score(
                    cell(t, row, "observer"),
                    Datasets.require(cell(t, row, "dataset")),
                    Condition.ALL)
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

  @Test
  void figureOnesBarsOnADatasetsPageAreEveryObserversAnalysedInterval() {
    AccuracyPlot plot = new AccuracyPlot(R, Fixture.STYLES, Datasets.CONTRAST);
    ConditionLinePlot.Spec spec = plot.spec();

    assertThat(spec.bars().low().keySet())
        .containsExactlyElementsOf(spec.observers().stream().map(ObserverStyle::id).toList())
        .contains(Observers.HUMANS, "resnet50");
    assertBarsAreTheIntervals(spec, Datasets.CONTRAST);
  }

  @Test
  void figureOnesGridBarsOnlyTheHumansWithTheirIntervalBetweenParticipants() {
    List<Dataset> parametric = R.datasets().stream().filter(Dataset::parametric).toList();
    AccuracyGrid grid = new AccuracyGrid(R, Fixture.STYLES, parametric);

    List<ConditionLinePlot.Spec> specs = grid.specs();

    assertThat(specs).hasSameSizeAs(parametric);
    for (int i = 0; i < specs.size(); i++) {
      assertThat(specs.get(i).bars().low().keySet()).containsExactly(Observers.HUMANS);
      assertBarsAreTheIntervals(specs.get(i), parametric.get(i));
    }
  }

  /** Every bar of {@code spec} spans its observer's 95 % accuracy interval from the analysis. */
  private static void assertBarsAreTheIntervals(ConditionLinePlot.Spec spec, Dataset d) {
    List<Condition> conditions =
        d.conditions().stream().filter(c -> spec.conditions().contains(c.plotLabel())).toList();
    assertThat(conditions).hasSameSizeAs(spec.conditions());
    int bars = 0;
    for (String id : spec.bars().low().keySet()) {
      for (int c = 0; c < conditions.size(); c++) {
        var score = R.score(id, d, conditions.get(c));
        if (score.isEmpty()) {
          assertThat(spec.bars().has(id, c)).isFalse();
          continue;
        }
        Estimate interval = score.orElseThrow().accuracyInterval();
        assertThat(spec.bars().low().get(id)[c]).isEqualTo(interval.low());
        assertThat(spec.bars().high().get(id)[c]).isEqualTo(interval.high());
        assertThat(interval.low()).isLessThan(interval.high());
        bars++;
      }
    }
    assertThat(bars).isPositive();
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
