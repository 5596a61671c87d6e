package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Datasets;
import org.cakebench.data.RawData;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed benchmark. Edge: humans h1 = 1100 and h2 = 1010, model m = 1100 (1 = right).
 * Colour: images a, b in condition cr (left out of the benchmark), c, d in bw; one human right on c
 * only, the model right everywhere.
 */
class BenchmarkTest {
  private static List<Trial> edge(String observer, String pattern) {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      trials.add(Trials.answer(observer, "e" + i + ".png", pattern.charAt(i) == '1'));
    }
    return trials;
  }

  private static List<Trial> colour(String observer, String pattern) {
    List<Trial> trials = new ArrayList<>();
    String[] images = {"a.png", "b.png", "c.png", "d.png"};
    for (int i = 0; i < 4; i++) {
      Category response = pattern.charAt(i) == '1' ? Category.CAT : Category.DOG;
      trials.add(Trials.trial(observer, images[i], Category.CAT, response, i < 2 ? "cr" : "bw"));
    }
    return trials;
  }

  private final List<String> warnings = new ArrayList<>();
  private final RawData data =
      new RawData(
          List.of(
              Trials.dataset(Datasets.COLOUR, colour("subject-01", "0010"), colour("m", "1111")),
              Trials.dataset(
                  Datasets.EDGE,
                  edge("subject-01", "1100"),
                  edge("subject-02", "1010"),
                  edge("m", "1100"),
                  edge("late", "0000"))));
  private final AnalysisResults results = Analyses.run(data, warnings::add);

  @Test
  void modelScoresAverageConditionsThenHumansThenDatasets() {
    BenchmarkScores m = results.benchmark().get("m");
    // colour (bw only): acc 1, diff (1-.5)^2 = .25, c_obs .5, kappa 0
    // edge: acc .5, diff 0, c_obs (1 + .5)/2 = .75, kappa (1 + 0)/2 = .5
    assertThat(m.accuracy()).containsEntry(Datasets.COLOUR, 1.0).containsEntry(Datasets.EDGE, 0.5);
    assertThat(m.oodAccuracy()).isEqualTo(0.75);
    assertThat(m.accuracyDifference()).isEqualTo(0.125);
    assertThat(m.observedConsistency()).isEqualTo(0.625);
    assertThat(m.errorConsistency()).isCloseTo(0.25, within(1e-15));
    assertThat(m.missingDatasets()).isEmpty();
  }

  @Test
  void humanRowUsesEachHumansAccuracyAndPairsOfDifferentHumans() {
    BenchmarkScores h = results.benchmark().get("humans");
    assertThat(h.human()).isTrue();
    assertThat(h.oodAccuracy()).isEqualTo(0.5); // colour bw .5, edge .5
    // only edge has a pair: c_obs .5, kappa 0, equal accuracies
    assertThat(h.observedConsistency()).isEqualTo(0.5);
    assertThat(h.errorConsistency()).isZero();
    assertThat(h.accuracyDifference()).isZero();
    assertThat(warnings).anyMatch(w -> w.contains("colour: fewer than two humans"));
  }

  @Test
  void datasetsWithoutTrialsAreLeftOutAndReported() {
    BenchmarkScores late = results.benchmark().get("late");
    assertThat(late.missingDatasets()).containsExactly(Datasets.COLOUR);
    assertThat(late.accuracy()).containsOnlyKeys(Datasets.EDGE);
    assertThat(late.oodAccuracy()).isZero();
    assertThat(warnings).anyMatch(w -> w.startsWith("late: no trials for colour"));
  }

  @Test
  void aDatasetWithoutTrialsInItsBenchmarkConditionsIsLeftOutOfEveryonesMeans() {
    // Colour shown in "cr" only, a condition the benchmark leaves out: nothing to score there.
    List<String> notes = new ArrayList<>();
    RawData crOnly =
        new RawData(
            List.of(
                Trials.dataset(
                    Datasets.COLOUR,
                    List.of(Trials.trial("subject-01", "a.png", Category.CAT, Category.CAT, "cr")),
                    List.of(Trials.trial("subject-02", "a.png", Category.CAT, Category.DOG, "cr")),
                    List.of(Trials.trial("m", "a.png", Category.CAT, Category.CAT, "cr"))),
                Trials.dataset(
                    Datasets.EDGE,
                    edge("subject-01", "1100"),
                    edge("subject-02", "1010"),
                    edge("m", "1100"))));
    AnalysisResults r = Analyses.run(crOnly, notes::add);
    BenchmarkScores m = r.benchmark().get("m");
    // As on edge alone: acc .5, c_obs .75, kappa .5
    assertThat(m.accuracy()).containsOnlyKeys(Datasets.EDGE);
    assertThat(m.oodAccuracy()).isEqualTo(0.5);
    assertThat(m.observedConsistency()).isEqualTo(0.75);
    assertThat(m.errorConsistency()).isCloseTo(0.5, within(1e-15));
    assertThat(r.benchmark().get("humans").accuracy()).containsOnlyKeys(Datasets.EDGE);
    assertThat(notes)
        .filteredOn(w -> w.contains("none of its benchmark conditions has trials"))
        .containsExactly(
            "colour: none of its benchmark conditions has trials; left out of the benchmark");
  }

  @Test
  void perConditionScoresAndConsistencyWithHumans() {
    Condition cr = Datasets.COLOUR.condition("cr").orElseThrow();
    Condition bw = Datasets.COLOUR.condition("bw").orElseThrow();
    assertThat(results.score("m", Datasets.COLOUR, cr).orElseThrow().accuracy()).isEqualTo(1.0);
    assertThat(results.score("humans", Datasets.COLOUR, bw).orElseThrow().accuracy())
        .isEqualTo(0.5);
    assertThat(results.score("humans", Datasets.EDGE, Condition.ALL).orElseThrow().trials())
        .isEqualTo(8);
    assertThat(results.score("m", Datasets.EDGE, Condition.ALL).orElseThrow().kappa())
        .isEqualTo(0.5);
    ConsistencyMatrix matrix =
        results.dataset(Datasets.EDGE).flatMap(DatasetResults::consistency).orElseThrow();
    assertThat(matrix.observers()).containsExactly("subject-01", "subject-02", "late", "m");
    assertThat(matrix.kappa("subject-01", "m")).isEqualTo(1.0);
    // every observer agrees fully with itself, and the matrix is symmetric
    assertThat(matrix.kappa("late", "late")).isEqualTo(1.0);
    assertThat(matrix.kappa()[2][2]).isEqualTo(1.0);
    assertThat(matrix.kappa("m", "subject-01")).isEqualTo(1.0);
    assertThat(matrix.kappa("m", "nobody")).isNaN();
  }

  @Test
  void matricesAreComputedOnlyWhereAFigureDrawsThem() {
    // Figure 2 draws the texture-shape datasets; a matrix elsewhere would cost N² for nothing.
    assertThat(results.dataset(Datasets.COLOUR).orElseThrow().matrix()).isNull();
    assertThat(results.dataset(Datasets.EDGE).orElseThrow().matrix()).isNotNull();
  }

  @Test
  void intervalsComeFromTheImagesForModelsAndFromTheParticipantsForHumans() {
    BenchmarkScores m = results.benchmark().get("m");
    // colour: 2 of 2 bw images right; edge: 2 of 4
    double colour = StandardErrors.binomial(2, 2);
    double edge = StandardErrors.binomial(2, 4);
    assertThat(m.datasets().get(Datasets.EDGE).accuracyError()).isEqualTo(edge);
    assertThat(m.oodAccuracyError())
        .isCloseTo(Math.sqrt(colour * colour + edge * edge) / 2, within(1e-15));
    BenchmarkScores h = results.benchmark().get("humans");
    // edge: both participants 0.5, no spread; colour: one participant, no spread to measure
    assertThat(h.datasets().get(Datasets.EDGE).accuracyError()).isZero();
    assertThat(h.datasets().get(Datasets.COLOUR).accuracyError()).isNaN();
    assertThat(h.oodAccuracyError()).isNaN();
  }

  @Test
  void theScoresOverASubsetOfDatasetsAverageThoseOnly() {
    BenchmarkScores edgeOnly = results.benchmark().get("m").over(List.of(Datasets.EDGE));
    assertThat(edgeOnly.oodAccuracy()).isEqualTo(0.5);
    assertThat(edgeOnly.errorConsistency()).isEqualTo(0.5);
    assertThat(edgeOnly.accuracy()).containsOnlyKeys(Datasets.EDGE);
    BenchmarkScores late = results.benchmark().get("late").over(List.of(Datasets.COLOUR));
    assertThat(late.missingDatasets()).containsExactly(Datasets.COLOUR);
    assertThat(late.oodAccuracy()).isNaN();
  }

  @Test
  void jsonHasTheDocumentedShape() {
    var json = AnalysisJson.toJson(results);
    var m = json.get("observers").get("m");
    assertThat(m.get("group").asText()).isEqualTo("model");
    assertThat(m.get("ood_accuracy").asDouble()).isEqualTo(0.75);
    assertThat(m.get("accuracy").get("edge").asDouble()).isEqualTo(0.5);
    assertThat(m.get("shape_bias").isNull()).isTrue(); // no cue-conflict trials
    assertThat(json.get("observers").get("humans").get("group").asText()).isEqualTo("human");
  }
}
