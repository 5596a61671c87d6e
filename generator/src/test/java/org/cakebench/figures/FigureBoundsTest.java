package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cakebench.analysis.AnalysisResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing a figure draws is clipped by, or touches, the image edge: with three observers, the
 * standard set, a set like the real data (long names, models with few datasets) and every catalog
 * model.
 */
class FigureBoundsTest {
  /** Ink closer than this to the edge reads as cut off. */
  static final int MARGIN = 2;

  // Two humans and one model: the smallest matrices and legends.
  private static final AnalysisResults FEW =
      Fixture.analyse(
          SyntheticTrials.of(
              List.of("subject-01", "subject-02"), List.of("resnet50"), SyntheticTrials.DATASETS));

  static Stream<Arguments> figures() {
    Map<String, AnalysisResults> sets = new LinkedHashMap<>();
    sets.put("few", FEW);
    sets.put("standard", Fixture.STANDARD);
    sets.put("realistic", Fixture.realistic());
    sets.put("many", Fixture.many());
    return sets.entrySet().stream()
        .flatMap(
            set ->
                AllFigures.of(set.getValue(), Fixture.STYLES, Fixture.SETTINGS).stream()
                    .map(f -> Arguments.of(set.getKey() + " " + f.id(), f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void everythingDrawnLiesInsideTheImage(String name, Figure figure) {
    Drawing drawing = figure.chart();

    assertThat(Ink.nearOrBeyondEdges(drawing, MARGIN)).as(figure.id()).isEmpty();
    assertThat(drawing.width()).isLessThanOrEqualTo(Theme.WIDTH);
  }
}
