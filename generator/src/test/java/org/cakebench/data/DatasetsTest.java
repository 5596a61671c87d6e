package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {
  private static List<String> labels(String dataset) {
    return Datasets.require(dataset).conditions().stream().map(Condition::label).toList();
  }

  private static List<String> excluded(String dataset) {
    return Datasets.require(dataset).conditions().stream()
        .filter(c -> !c.inBenchmark())
        .map(Condition::label)
        .toList();
  }

  @Test
  void registryHoldsSeventeenDatasetsOfWhichTheyPaperUsedFifteen() {
    assertThat(Datasets.all()).hasSize(17);
    assertThat(Datasets.all().stream().filter(Dataset::parametric)).hasSize(12);
    assertThat(Datasets.all().stream().filter(d -> !d.inPaper()).map(Dataset::name))
        .containsExactly("sketch", "stylized");
  }

  @Test
  void eidolonConditionsArePowersOfTwoPlottedAsTheirLogarithm() {
    assertThat(labels("eidolonII"))
        .containsExactly(
            "1-3-10", "2-3-10", "4-3-10", "8-3-10", "16-3-10", "32-3-10", "64-3-10", "128-3-10");
    assertThat(Datasets.require("eidolonII").conditions().get(7).plotLabel()).isEqualTo("7");
    assertThat(excluded("eidolonII")).containsExactly("1-3-10", "32-3-10", "64-3-10", "128-3-10");
  }

  @Test
  void benchmarkExclusionsFollowModelVsHuman() {
    assertThat(excluded("colour")).containsExactly("cr");
    assertThat(excluded("contrast")).containsExactly("c100", "c03", "c01");
    assertThat(excluded("high-pass")).containsExactly("inf", "0.55", "0.45", "0.4");
    assertThat(excluded("low-pass")).containsExactly("0", "15", "40");
    assertThat(excluded("phase-scrambling")).containsExactly("0", "150", "180");
    assertThat(excluded("power-equalisation")).containsExactly("0");
    assertThat(excluded("false-colour")).containsExactly("True");
    assertThat(excluded("rotation")).containsExactly("0");
    assertThat(excluded("eidolonI")).containsExactly("1-10-10", "64-10-10", "128-10-10");
    assertThat(excluded("eidolonIII"))
        .containsExactly("1-0-10", "16-0-10", "32-0-10", "64-0-10", "128-0-10");
    assertThat(excluded("uniform-noise")).containsExactly("0.0", "0.6", "0.9");
  }

  @Test
  void plotLabelsAndAxisTitlesMatchThePaper() {
    Dataset contrast = Datasets.require("contrast");
    assertThat(contrast.xAxisLabel()).isEqualTo("Contrast in percent");
    assertThat(contrast.conditions().stream().map(Condition::plotLabel))
        .containsExactly("100", "50", "30", "15", "10", "5", "3", "1");
    assertThat(Datasets.require("false-colour").conditions().stream().map(Condition::plotLabel))
        .containsExactly("true", "opponent");
    assertThat(Datasets.require("phase-scrambling").xAxisLabel())
        .isEqualTo("Phase noise width [°]");
  }

  @Test
  void unknownDatasetListsTheKnownOnes() {
    assertThatThrownBy(() -> Datasets.require("imagenet-c"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown dataset 'imagenet-c'")
        .hasMessageContaining("uniform-noise");
  }
}
