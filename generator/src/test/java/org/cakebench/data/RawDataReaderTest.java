package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawDataReaderTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private void write(String relative, String body) throws IOException {
    TrialFiles.write(dir, relative, body);
  }

  @Test
  void normalisesConditionsOverAllFilesOfADataset() throws IOException {
    // The humans' file alone reads as integers, the model's as floats: together they are floats.
    write(
        "high-pass/high-pass_subject-01_session_1.csv",
        "subject-01,1,1,1,oven,oven,1,0001_hp_s01_1_oven_n04111531_1.png\n"
            + "subject-01,1,2,1,oven,oven,3,0002_hp_s01_3_oven_n04111531_2.png\n");
    write(
        "high-pass/high-pass_resnet50_session-1.csv",
        "resnet50,1,1,NaN,oven,oven,1.0,0001_hp_dnn_1.0_oven_n04111531_1.png\n"
            + "resnet50,1,2,NaN,oven,oven,3.00,0002_hp_dnn_3.00_oven_n04111531_2.png\n");
    DatasetTrials d =
        new RawDataReader(warnings::add).read(dir).dataset(Datasets.HIGH_PASS).orElseThrow();
    ImageIndex images = d.images();
    assertThat(images.condition(images.position("n04111531_1.png").orElseThrow())).isEqualTo("1.0");
    assertThat(images.condition(images.position("n04111531_2.png").orElseThrow())).isEqualTo("3.0");
  }

  @Test
  void listsHumansFirstAndFindsAnyModel() throws IOException {
    write("edge/edge_zeta_session-1.csv", "zeta,1,1,NaN,cat,cat,0,cat1.png\n");
    write("edge/edge_subject-02_session_1.csv", "subject-02,1,1,1,cat,cat,0,0001_x_cat1.png\n");
    RawData data = new RawDataReader(warnings::add).read(dir);
    assertThat(
            data.dataset(Datasets.EDGE).orElseThrow().observers().stream()
                .map(ObserverTrials::observer))
        .containsExactly("subject-02", "zeta");
    assertThat(data.models()).containsExactly("zeta");
  }

  @Test
  void warnsAboutUnknownFoldersAndConditions() throws IOException {
    write("imagenet-c/x_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1.png\n");
    write("rotation/rotation_m_session-1.csv", "m,1,1,NaN,cat,cat,45,0001_r_cat_n02123045_1.png\n");
    new RawDataReader(warnings::add).read(dir);
    assertThat(warnings)
        .anyMatch(w -> w.contains("imagenet-c") && w.contains("not a known dataset"));
    assertThat(warnings).anyMatch(w -> w.contains("rotation") && w.contains("'45'"));
  }

  @Test
  void sameImageInTwoFilesOfOneObserverIsAnError() throws IOException {
    write("edge/edge_m_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1.png\n");
    write("edge/edge_m_session-2.csv", "m,2,1,NaN,cat,cat,0,cat1.png\n");
    assertThatThrownBy(() -> new RawDataReader(warnings::add).read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("edge_m_session-2.csv")
        .hasMessageContaining("already in");
  }

  @Test
  void sameImageTwiceInOneFileNamesBothLines() throws IOException {
    write(
        "edge/edge_m_session-1.csv",
        "m,1,1,NaN,cat,cat,0,cat1.png\nm,1,2,NaN,dog,cat,0,cat1.png\n");
    assertThatThrownBy(() -> new RawDataReader(warnings::add).read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("edge_m_session-1.csv:3")
        .hasMessageContaining("first on line 2");
  }

  @Test
  void observersShownDifferentImagesAreNamedWithTheirFiles() throws IOException {
    write("edge/edge_subject-01_session_1.csv", "subject-01,1,1,1,cat,cat,0,0001_x_cat1.png\n");
    write("edge/edge_m_session-1.csv", "m,1,1,NaN,cat,cat,0,dog1.png\n");
    assertThatThrownBy(() -> new RawDataReader(warnings::add).read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(dir.resolve("edge/edge_subject-01_session_1.csv").toString())
        .hasMessageContaining(dir.resolve("edge/edge_m_session-1.csv").toString())
        .hasMessageContaining("shown different images");
  }

  @Test
  void theSameImageInAnotherConditionIsADifferentShowing() throws IOException {
    write(
        "rotation/rotation_subject-01_session_1.csv",
        "subject-01,1,1,1,cat,cat,90,0001_r_cat1.png\n");
    write("rotation/rotation_m_session-1.csv", "m,1,1,NaN,cat,cat,180,0001_r_cat1.png\n");
    assertThatThrownBy(() -> new RawDataReader(warnings::add).read(dir))
        .hasMessageContaining("image cat1.png has another condition");
  }

  @Test
  void filesWithASyntheticColumnMarkTheirObserversAsRehearsalData() throws IOException {
    Files.createDirectories(dir.resolve("edge"));
    Files.writeString(
        dir.resolve("edge/edge_s_synthetic_session-1.csv"),
        TrialFiles.HEADER.strip()
            + ",synthetic\ns,1,1,NaN,cat,cat,0,cat1.png,rehearsal-not-results\n");
    write("edge/edge_m_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1.png\n");
    RawData data = new RawDataReader(warnings::add).read(dir);
    assertThat(data.synthetic()).containsExactly("s");
    assertThat(data.models()).containsExactly("m", "s");
  }

  @Test
  void listsEveryModelDecisionFileOnceForDownload() throws IOException {
    write("edge/edge_m_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1.png\n");
    write("edge/edge_subject-01_session_1.csv", "subject-01,1,1,1,cat,cat,0,0001_x_cat1.png\n");
    RawData data = new RawDataReader(warnings::add).read(dir);
    assertThat(data.decisionFiles())
        .containsExactly(
            new DecisionFile("m", Datasets.EDGE, dir.resolve("edge/edge_m_session-1.csv")));
  }

  @Test
  void onlyCsvFilesAreReadAndOnlyFoldersNamedAfterDatasetsAreReported() throws IOException {
    write("edge/edge_m_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1.png\n");
    Files.writeString(dir.resolve("edge/README.md"), "# not trials\n");
    Files.writeString(dir.resolve("MANIFEST.tsv"), "edge\t1\n");
    Files.createDirectories(dir.resolve("silhouette"));
    RawData data = new RawDataReader(warnings::add).read(dir);
    assertThat(data.datasets()).extracting(DatasetTrials::dataset).containsExactly(Datasets.EDGE);
    assertThat(warnings).isEmpty();
  }

  @Test
  void missingFolderIsAClearError() {
    assertThatThrownBy(() -> new RawDataReader(warnings::add).read(dir.resolve("nope")))
        .hasMessageContaining("raw-data directory not found");
  }

  @Test
  @Needs(Requirement.SHARED)
  void readsTheSharedDataWithItsSeventeenDatasets() {
    Path shared = Path.of(System.getProperty("cakebench.shared", "../shared"), "data", "raw-data");
    RawData data = new RawDataReader(warnings::add).read(shared);
    assertThat(data.datasets()).hasSize(17);
    assertThat(data.models()).contains("resnet50", "simclr_resnet50x1", "bagnet33");
    long humanTrials =
        data.datasets().stream()
            .flatMap(d -> d.humans().stream())
            .mapToLong(ObserverTrials::size)
            .sum();
    assertThat(humanTrials).isEqualTo(85_120);
    assertThat(warnings).isEmpty();
    // The shared data are read, never written: no record of parsed rows lands beside them.
    assertThat(shared.toFile().list((folder, name) -> name.startsWith(".")))
        .as("files written into the shared data")
        .isEmpty();
  }
}
