package org.cakebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
  private static BenchmarkScores scores(
      String id, double ood, double difference, double observed, double kappa, boolean complete) {
    return new BenchmarkScores(
        id,
        id.equals("humans"),
        ood,
        0.01,
        difference,
        observed,
        kappa,
        Map.of(),
        Double.NaN,
        complete ? List.of() : List.of(Datasets.SKETCH));
  }

  @Test
  void ranksByOodAccuracyAndByTheMeanRankOfTheThreeHumanLikenessMeasures() {
    Leaderboard board =
        Leaderboard.of(
            List.of(
                scores("humans", 0.7, 0.0, 0.8, 0.4, true),
                // accurate but unlike humans: ranks 3, 3, 3 on the human-likeness measures
                scores("a", 0.9, 0.09, 0.60, 0.10, true),
                // ranks 1, 2, 1: mean 4/3
                scores("b", 0.6, 0.01, 0.70, 0.30, true),
                // ranks 2, 1, 2: mean 5/3
                scores("c", 0.5, 0.02, 0.75, 0.20, true),
                scores("partial", 0.99, 0.0, 0.99, 0.99, false)));
    assertThat(board.humans().observer()).isEqualTo("humans");
    assertThat(board.ranked()).extracting(Leaderboard.Row::observer).containsExactly("b", "c", "a");
    Leaderboard.Row b = board.ranked().get(0);
    assertThat(b.meanRank()).isEqualTo(4.0 / 3);
    assertThat(b.humanLikenessRank()).isEqualTo(1);
    assertThat(b.oodRank()).isEqualTo(2);
    assertThat(board.ranked().get(2).oodRank()).isEqualTo(1);
    assertThat(board.partial()).extracting(Leaderboard.Row::observer).containsExactly("partial");
    assertThat(board.partial().get(0).oodRank()).isNaN();
  }

  @Test
  void theBestGetsPlaceOneAndTiesShareTheMeanOfTheirPlaces() {
    List<Double> values = List.of(0.5, 0.9, 0.7, 0.9);
    assertThat(Leaderboard.places(values, Double::doubleValue, true))
        .containsExactly(4, 1.5, 3, 1.5);
    assertThat(Leaderboard.places(values, Double::doubleValue, false))
        .containsExactly(1, 3.5, 2, 3.5);
  }

  @Test
  void observersWithoutAValueComeLast() {
    List<Double> values = List.of(Double.NaN, 0.2, 0.4);
    assertThat(Leaderboard.places(values, Double::doubleValue, true)).containsExactly(3, 2, 1);
    assertThat(Leaderboard.places(values, Double::doubleValue, false)).containsExactly(3, 1, 2);
  }
}
