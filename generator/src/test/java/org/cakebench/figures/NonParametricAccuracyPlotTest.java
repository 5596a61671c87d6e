package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.junit.jupiter.api.Test;

class NonParametricAccuracyPlotTest {
  // ResNet-50 on a paper dataset (edges) and a later one (sketches); AlexNet on edges only.
  private static final AnalysisResults RESULTS =
      Fixture.analyse(
          SyntheticTrials.plus(
              SyntheticTrials.of(
                  List.of("subject-01", "subject-02"),
                  List.of("resnet50"),
                  List.of("sketch", "edge")),
              "alexnet",
              List.of("edge")));

  private final Figure figure = new NonParametricAccuracyPlot(RESULTS, Fixture.STYLES);

  @Test
  void thePapersDatasetsComeFirstAndAreMarkedApartFromLaterOnes() {
    DataTable t = figure.table();

    assertThat(t.rows())
        .filteredOn(row -> row.get(t.column("observer")).equals("resnet50"))
        .extracting(row -> row.get(t.column("dataset")) + " " + row.get(t.column("in_paper")))
        .containsExactly("edge true", "sketch false");
    assertThat(figure.caption())
        .contains("Solid bars are the paper's datasets (edges)")
        .contains("light, outlined bars the datasets the later model-vs-human benchmark added")
        .contains("(sketches)");
  }

  @Test
  void aDatasetWithoutTrialsIsMarkedNoDataNotLeftEmpty() {
    DataTable t = figure.table();

    assertThat(t.rows())
        .filteredOn(
            row ->
                row.get(t.column("observer")).equals("alexnet")
                    && row.get(t.column("dataset")).equals("sketch"))
        .singleElement()
        .satisfies(row -> assertThat(row.get(t.column("accuracy"))).isEmpty());
    assertThat(figure.caption()).contains("\"no data\" marks a dataset an observer has no trials");
    assertThat(figure.altText()).contains("AlexNet: edges 0.", "sketches no data");
  }

  @Test
  void theChanceLineIsExplainedAndNothingIsClipped() {
    assertThat(figure.caption()).contains("dotted line marks chance (1/16)");
    assertThat(Ink.nearOrBeyondEdges(figure.chart(), FigureBoundsTest.MARGIN)).isEmpty();
  }
}
