package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.GroupMeans;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.junit.jupiter.api.Test;

/**
 * Figure 3's rows of group means: the humans with their interval between participants, and each
 * group of the paper's models as the paper colours them, with two or more models, with the mean and
 * interval of its models' overall shape bias.
 */
class ShapeBiasGroupsTest {
  private static List<ShapeBiasGroups.Row> rows(AnalysisResults results) {
    return new ShapeBiasPlot(results, Fixture.STYLES).groupRows();
  }

  /** The mean of the overall shape bias of the catalogue's compared models {@code member} picks. */
  private static Estimate expected(AnalysisResults results, Predicate<ObserverProfile> member) {
    List<Double> biases =
        Fixture.CATALOG.models().stream()
            .filter(ObserverProfile::compared)
            .filter(member)
            .map(p -> results.shapeBias(p.id()).orElseThrow().overall().bias())
            .toList();
    return GroupMeans.ofShares(biases);
  }

  @Test
  void thePapersThirtyTwoModelsGiveSupervisedSelfSupervisedAndSimclrMeans() {
    AnalysisResults study = Fixture.study(32);

    List<ShapeBiasGroups.Row> rows = rows(study);

    assertThat(rows)
        .extracting(ShapeBiasGroups.Row::label)
        .containsExactly("Humans", "Supervised (24)", "Self-supervised (5)", "SimCLR (3)");
    assertThat(rows)
        .extracting(ShapeBiasGroups.Row::id)
        .containsExactly(
            Observers.HUMANS,
            "mean-supervised",
            "mean-self-supervised",
            "mean-self-supervised-simclr");
    assertThat(rows.get(0).shape())
        .isEqualTo(study.shapeBias(Observers.HUMANS).orElseThrow().biasInterval());
    assertThat(rows.get(1).shape())
        .isEqualTo(expected(study, p -> p.group() == ObserverGroup.SUPERVISED));
    assertThat(rows.get(2).shape())
        .isEqualTo(
            expected(
                study,
                p -> p.group() == ObserverGroup.SELF_SUPERVISED && !p.family().equals("SimCLR")));
    assertThat(rows.get(3).shape()).isEqualTo(expected(study, p -> p.family().equals("SimCLR")));
    assertThat(rows).allSatisfy(r -> assertThat(r.shape().low()).isLessThan(r.shape().high()));
  }

  @Test
  void aGroupOfOneModelHasNoRowAndItsMeanIsInTheTableWithItsInterval() {
    // The standard fixture: AlexNet and ResNet-50 supervised, SimCLR-x1 alone.
    AnalysisResults r = Fixture.STANDARD;
    ShapeBiasPlot plot = new ShapeBiasPlot(r, Fixture.STYLES);
    DataTable t = plot.table();

    assertThat(rows(r))
        .extracting(ShapeBiasGroups.Row::id)
        .containsExactly("humans", "mean-supervised");
    List<String> row =
        t.rows().stream().filter(x -> x.get(0).equals("mean-supervised")).findFirst().orElseThrow();
    Estimate mean =
        GroupMeans.ofShares(
            List.of(
                r.shapeBias("alexnet").orElseThrow().overall().bias(),
                r.shapeBias("resnet50").orElseThrow().overall().bias()));
    assertThat(row.get(t.column("name"))).isEqualTo("Supervised, mean of 2 models");
    assertThat(row.get(t.column("group"))).isEqualTo("supervised");
    assertThat(row.get(t.column("shape_fraction"))).isEqualTo(DataTable.number(mean.value()));
    assertThat(row.get(t.column("low"))).isEqualTo(DataTable.number(mean.low()));
    assertThat(row.get(t.column("high"))).isEqualTo(DataTable.number(mean.high()));
    assertThat(plot.caption()).contains("means with 95 % intervals (bars)");
  }
}
