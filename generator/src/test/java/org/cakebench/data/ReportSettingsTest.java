package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSettingsTest {
  @TempDir Path dir;

  @Test
  void aMissingFileTakesThePapersChoices() {
    ReportSettings settings = ReportSettings.load(dir.resolve("report.yaml"));
    assertThat(settings.confusionModels())
        .containsExactly("resnet50", "InsDis", "MoCoV2", "simclr_resnet50x4");
  }

  @Test
  void readsTheConfusionMatrixModelsInOrder() throws IOException {
    Path file = dir.resolve("report.yaml");
    Files.writeString(file, "figures:\n  confusion_matrix_models: [simclr_resnet50x1, alexnet]\n");
    assertThat(ReportSettings.load(file).confusionModels())
        .containsExactly("simclr_resnet50x1", "alexnet");
  }

  @Test
  void aMissingKeyTakesThePapersChoice() throws IOException {
    Path file = dir.resolve("report.yaml");
    Files.writeString(file, "figures: {}\n");
    assertThat(ReportSettings.load(file)).isEqualTo(ReportSettings.PAPER);
  }

  @Test
  void anUnknownKeyIsAnErrorNamingFileAndLine() throws IOException {
    Path file = dir.resolve("report.yaml");
    Files.writeString(file, "figures:\n  confusion_models: [resnet50]\n");
    assertThatThrownBy(() -> ReportSettings.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("report.yaml:2")
        .hasMessageContaining("confusion_models");
  }

  @Test
  void theProjectsSettingsAddSimclrX1ToThePapersModels() {
    assertThat(ReportSettings.load(Path.of("content/report.yaml")).confusionModels())
        .containsSubsequence(ReportSettings.PAPER_CONFUSION_MODELS)
        .contains("simclr_resnet50x1");
  }
}
