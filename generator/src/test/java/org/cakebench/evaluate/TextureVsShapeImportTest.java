package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.RawDataReader;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the shared 2019 decision files against the shared human trials. */
@Needs(Requirement.SHARED)
class TextureVsShapeImportTest {
  private static final List<String> DATASETS = List.of("cue-conflict", "edge", "silhouette");

  @TempDir Path rawData;

  @BeforeEach
  void copyHumanTrials() throws IOException {
    for (String dataset : DATASETS) {
      Path from = Fixtures.shared().resolve("data/raw-data").resolve(dataset);
      Files.createDirectories(rawData.resolve(dataset));
      try (Stream<Path> files = Files.list(from)) {
        for (Path f :
            files.filter(p -> p.getFileName().toString().contains("_subject-")).toList()) {
          Files.copy(f, rawData.resolve(dataset).resolve(f.getFileName()));
        }
      }
    }
  }

  private static Path source() {
    return Fixtures.shared().resolve("data/texture-vs-shape-raw-data");
  }

  @Test
  void importsEvery2019FileUnderItsObserverIdWithImageIdsOfTheCurrentDatasets() {
    ImportReport report = TextureVsShapeImport.run(source(), rawData);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.unmatched()).isEmpty();
    // 13 cue-conflict files, 5 edge, 5 silhouette... every source file once
    assertThat(report.written()).hasSize(26);
    assertThat(report.written()).allSatisfy(w -> assertThat(w.missing()).isZero());
    assertThat(report.written().stream().map(ImportReport.Written::observer).distinct())
        .hasSize(16);

    Path file = rawData.resolve("edge/edge_tvs2019-alexnet_session-1.csv");
    List<Trial> trials = TrialCsvReader.read(file);
    assertThat(trials).hasSize(160);
    Trial first = trials.get(0);
    assertThat(first.observer()).isEqualTo("tvs2019-alexnet");
    // source row: alexnet,1,1,NaN,chair,airplane,0,0001_edg_dnn_0_airplane_00_airplane1.png
    assertThat(first.imageName()).isEqualTo("airplane1.png");
    assertThat(first.responseLabel()).isEqualTo("chair");
    assertThat(first.condition()).isEqualTo("NaN");
    assertThat(first.rt()).isNaN();

    // the result reads as part of the cache, matched to the humans image by image
    DatasetTrials cue =
        new RawDataReader(w -> {})
            .readDataset(Datasets.CUE_CONFLICT, rawData.resolve("cue-conflict"));
    // Reading aligns every observer on the humans' images, or fails naming the files.
    assertThat(cue.observer("tvs2019-resnet50-sin").orElseThrow().size()).isEqualTo(1280);
    assertThat(cue.humans()).isNotEmpty();
    assertThat(cue.images().size()).isEqualTo(1280);
  }

  @Test
  void anImportIsCurrentUntilASourceFileChanges() throws IOException {
    Path copy = rawData.resolveSibling(rawData.getFileName() + "-tvs");
    try (var walk = Files.walk(source())) {
      for (Path p : walk.toList()) {
        Path target = copy.resolve(source().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    assertThat(TextureVsShapeImport.isCurrent(copy, rawData)).isFalse();
    TextureVsShapeImport.run(copy, rawData);
    assertThat(TextureVsShapeImport.isCurrent(copy, rawData)).isTrue();
    Path changed = copy.resolve("edge-experiment/edge-experiment_alexnet_session_1.csv");
    Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(TextureVsShapeImport.isCurrent(copy, rawData)).isFalse();
  }

  @Test
  void theCatalogListsEveryImportedObserverAsAnExtraOutsideThePapersComparison() {
    ObserverCatalog catalog =
        ObserverCatalog.load(Path.of("content/observers.yaml").toAbsolutePath(), Path.of("."));
    for (String id : TextureVsShapeImport.OBSERVERS.values()) {
      assertThat(catalog.isListed(id)).as(id).isTrue();
      assertThat(catalog.profile(id).group()).isEqualTo(ObserverGroup.OTHER);
      assertThat(catalog.profile(id).inPaper()).isFalse();
    }
  }

  @Test
  void imagesNotInTheDatasetAreReportedAndLeftOut() throws IOException {
    Path source = rawData.resolveSibling(rawData.getFileName() + "-src").resolve("edge-experiment");
    Files.createDirectories(source);
    Files.writeString(
        source.resolve("edge-experiment_alexnet_session_1.csv"),
        """
        subj,session,trial,rt,object_response,category,condition,imagename
        alexnet,1,1,NaN,chair,airplane,0,0001_edg_dnn_0_airplane_00_airplane1.png
        alexnet,1,2,NaN,chair,airplane,0,0002_edg_dnn_0_airplane_00_airplane99.png
        alexnet,1,3,NaN,chair,bear,0,0003_edg_dnn_0_bear_00_airplane2.png
        """);
    Files.writeString(source.resolve("edge-experiment_mystery_session_1.csv"), "subj\n");
    ImportReport report = TextureVsShapeImport.run(source.getParent(), rawData);
    assertThat(report.unmatched())
        .hasSize(2)
        .anySatisfy(u -> assertThat(u).contains("airplane99.png").contains("not an image of edge"))
        .anySatisfy(
            u -> assertThat(u).contains("airplane2.png").contains("the dataset says airplane"));
    assertThat(report.skipped()).singleElement().asString().contains("mystery");
    assertThat(report.written())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.trials()).isEqualTo(1);
              assertThat(w.missing()).isEqualTo(159);
            });
  }

  @Test
  void importingWithoutHumanTrialsInTheCacheSaysWhatToDo(@TempDir Path empty) {
    assertThatThrownBy(() -> TextureVsShapeImport.run(source(), empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no human trials")
        .hasMessageContaining("fetch-data");
  }

  @Test
  void modelNamesComeFromTheFileName() {
    assertThat(
            TextureVsShapeImport.modelOf(
                "style-transfer-512-nomask-experiment_squeezenet1_1_train_60_epochs_lr0.001_session-1.csv",
                "style-transfer-512-nomask-experiment"))
        .isEqualTo("squeezenet1_1_train_60_epochs_lr0.001");
    assertThat(TextureVsShapeImport.modelOf("edge-experiment_vgg_session_1.csv", "edge-experiment"))
        .isEqualTo("vgg");
    assertThat(TextureVsShapeImport.modelOf("other_vgg_session_1.csv", "edge-experiment")).isNull();
  }
}
