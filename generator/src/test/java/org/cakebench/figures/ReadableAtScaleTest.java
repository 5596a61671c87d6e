package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.Observers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With 32 and with 100 model observers (a synthetic study on every dataset: the paper's 32 models,
 * then 68 models outside the catalogue) every figure stays readable: no taller than {@value
 * #MAX_HEIGHT} CSS pixels nor wider than the page, no legend of more than {@value #MAX_LEGEND}
 * entries, the paper's observers listed first and drawn on top of the others.
 */
class ReadableAtScaleTest {
  static final int MAX_HEIGHT = 4000;
  static final int MAX_LEGEND = ConditionLinePlot.NAMED_LEGEND;

  static Stream<Arguments> figures() {
    return Stream.of(32, 100)
        .flatMap(
            n ->
                AllFigures.of(Fixture.study(n), Fixture.STYLES, Fixture.SETTINGS).stream()
                    .map(f -> Arguments.of(n + " models: " + f.id(), f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void everyFigureFitsThePageAndNoLegendListsEveryModel(String name, Figure figure) {
    Canvas drawing = (Canvas) figure.chart();

    assertThat(drawing.height()).as(name).isLessThanOrEqualTo(MAX_HEIGHT);
    assertThat(drawing.width()).as(name).isLessThanOrEqualTo(Theme.WIDTH);
    assertThat(drawing.legends())
        .allSatisfy(l -> assertThat(l.entries()).as(name).hasSizeLessThanOrEqualTo(MAX_LEGEND));
  }

  @ParameterizedTest(name = "{0} models")
  @ValueSource(ints = {32, 100})
  void figureOneIsOneGridOfAllTwelveDistortions(int models) {
    AnalysisResults results = Fixture.study(models);
    List<Figure> figures = AllFigures.of(results, Fixture.STYLES, Fixture.SETTINGS);

    Figure grid = figures.get(0);
    assertThat(grid.id()).isEqualTo(AccuracyGrid.ID);
    assertThat(grid.table().rows().stream().map(row -> row.get(0)).distinct())
        .containsExactlyElementsOf(
            Datasets.all().stream().filter(Dataset::parametric).map(Dataset::name).toList());
    // Twelve full-width plots were about 5,300 pixels tall.
    assertThat(grid.chart().height()).isLessThan(1200);
    assertThat(figures)
        .filteredOn(f -> f.id().startsWith("fig1-") && !f.id().equals(AccuracyGrid.ID))
        .hasSize(12)
        .allSatisfy(f -> assertThat(f.panelOf()).contains(AccuracyGrid.ID));
  }

  @ParameterizedTest(name = "{0} models")
  @ValueSource(ints = {32, 100})
  void theShapeBiasPlotPaintsThePapersObserversOverTheOthersAndTheHumansLast(int models) {
    ShapeBiasPlot plot = new ShapeBiasPlot(Fixture.study(models), Fixture.STYLES);

    List<String> order = plot.paintOrder();

    List<Boolean> paper = order.stream().map(id -> Fixture.STYLES.style(id).paper()).toList();
    assertThat(paper.subList(paper.indexOf(true), paper.size())).containsOnly(true);
    assertThat(paper.subList(0, paper.indexOf(true))).hasSize(models - 32).doesNotContain(true);
    assertThat(order.get(order.size() - 1)).isEqualTo(Observers.HUMANS);
  }

  @Test
  void aCrowdedPlotDrawsEachIntervalStripAsOneLineAndNoLineOfNoLength() {
    AccuracyPlot plot = new AccuracyPlot(Fixture.study(32), Fixture.STYLES, Datasets.CONTRAST);
    Drawing drawing = plot.chart();

    String svg =
        new String(ImageEncoder.svg(drawing, plot.title(), plot.altText()), StandardCharsets.UTF_8);

    Matcher line =
        Pattern.compile(
                "<line [^>]*x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"")
            .matcher(svg);
    int lines = 0;
    while (line.find()) {
      lines++;
      assertThat(line.group(1).equals(line.group(2)) && line.group(3).equals(line.group(4)))
          .as(line.group())
          .isFalse();
    }
    assertThat(lines).isPositive();
  }

  @ParameterizedTest(name = "{0} models")
  @ValueSource(ints = {32, 100})
  void errorConsistencyMatricesListThePapersObserversFirstTheOthersInABlockAfter(int models) {
    ErrorConsistencyMatrix matrix =
        new ErrorConsistencyMatrix(Fixture.study(models), Fixture.STYLES, Datasets.CUE_CONFLICT);

    List<ObserverStyle> rows =
        matrix.table().rows().stream().map(r -> Fixture.STYLES.style(r.get(0))).toList();

    assertThat(rows.subList(0, 4)).allMatch(o -> o.group() == ObserverGroup.HUMAN);
    assertThat(rows.subList(0, 36)).allMatch(ObserverStyle::paper);
    assertThat(rows.subList(36, rows.size())).hasSize(models - 32).noneMatch(ObserverStyle::paper);
    assertThat(rows.subList(4, 36))
        .extracting(ObserverStyle::group)
        .isSortedAccordingTo(Enum::compareTo);
  }
}
