package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelStatusCheck} on the shared data (published decisions, the paper's catalog) and on a
 * small cache where the pool8-linear fixture was evaluated, changed and joined by a dropped-in
 * file.
 */
@Needs(Requirement.SHARED)
class ModelStatusCheckTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final String GROUPS =
      "groups:\n"
          + "  human: {colour: '#a51e37', marker: diamond}\n"
          + "  supervised: {colour: '#969696', marker: circle}\n"
          + "  self-supervised: {colour: '#d29600', marker: triangle}\n"
          + "  other: {colour: '#3c8c64', marker: square}\n";

  @TempDir static Path images;
  @TempDir Path project;
  private static ModelStatusReport shared;

  @BeforeAll
  static void checkTheSharedData() {
    Path rawData = Fixtures.shared().resolve("data/raw-data");
    ObserverCatalog catalog =
        ObserverCatalog.load(PROJECT.resolve("content/observers.yaml"), PROJECT);
    RawData trials = new RawDataReader(note -> {}).read(rawData);
    shared = ModelStatusCheck.run(catalog, trials, rawData, Fixtures.stimuli());
    Fixtures.linkSet(Fixtures.POOL8, "edge-160", images);
  }

  @Test
  void publishedDecisionsOnEveryDatasetAreCompleteWithoutAModelFile() {
    ObserverStatus resnet50 = status(shared, "resnet50");
    assertThat(resnet50.readiness()).isEqualTo(Readiness.COMPLETE);
    assertThat(resnet50.datasets(DecisionSource.PUBLISHED)).hasSize(17);
    assertThat(resnet50.modelFileState()).isEqualTo(ModelFileState.ABSENT);
    assertThat(resnet50.nextStep()).isNull();
    assertThat(status(shared, "simclr_resnet50x1").readiness()).isEqualTo(Readiness.COMPLETE);
    assertThat(status(shared, "humans").modelFileState()).isEqualTo(ModelFileState.NOT_A_MODEL);
    assertThat(status(shared, "humans").readiness()).isEqualTo(Readiness.COMPLETE);
  }

  @Test
  void aPaperModelWithNeitherFileNorDecisionsIsExportedWithTheAllCommandThenEvaluated() {
    ObserverStatus insDis = status(shared, "InsDis");
    assertThat(insDis.readiness()).isEqualTo(Readiness.MISSING);
    assertThat(insDis.datasets(DecisionSource.MISSING)).hasSize(17);
    assertThat(insDis.nextStep())
        .isEqualTo(
            "python tools/export_torchscript.py all --models InsDis"
                + " && ./cakebench fetch-data --images && ./cakebench evaluate --model InsDis");
  }

  @Test
  void theGroupLinesCountTheObserversOfEachGroupByReadiness() {
    assertThat(shared.groupLines())
        .containsExactly(
            "Humans: 1 observer: 1 complete",
            "Supervised: 24 models: 1 complete, 23 missing",
            "Self-supervised: 8 models: 1 complete, 7 missing",
            "Other models: 17 models: 1 complete, 16 missing");
  }

  @Test
  void evaluatedDecisionsStayCurrentUntilTheModelFileOrTheTrialFileChanges() throws IOException {
    Path model = Files.copy(Fixtures.modelFile(Fixtures.POOL8), project.resolve("mynet.pt"));
    ObserverCatalog catalog = catalog("  - {id: mynet, group: other, model: {file: mynet.pt}}\n");
    Path data = project.resolve("data");
    ModelSpec spec = new ModelSpec("mynet", catalog.profile("mynet").model());
    new Evaluator(
            Fixtures.cpuConfig(List.of(spec), List.of("edge"), images, data),
            EvaluationListener.SILENT)
        .run();

    ObserverStatus fresh = check(catalog, data);
    assertThat(fresh.datasets(DecisionSource.EVALUATED))
        .extracting(d -> d.name())
        .containsExactly("edge");
    assertThat(fresh.modelFileState()).isEqualTo(ModelFileState.MATCHES);
    assertThat(fresh.readiness()).isEqualTo(Readiness.PARTIAL);
    assertThat(fresh.nextStep())
        .isEqualTo("./cakebench fetch-data --images && ./cakebench evaluate --model mynet");

    Files.write(model, new byte[] {0}, StandardOpenOption.APPEND);
    ObserverStatus changedModel = check(catalog, data);
    assertThat(changedModel.readiness()).isEqualTo(Readiness.STALE);
    assertThat(changedModel.modelFileState()).isEqualTo(ModelFileState.DIFFERS);
    assertThat(changedModel.staleReasons().get(Datasets.require("edge")))
        .isEqualTo("the model file changed");

    Files.copy(Fixtures.modelFile(Fixtures.POOL8), model, StandardCopyOption.REPLACE_EXISTING);
    Path trials = data.resolve("raw-data/edge/edge_mynet_session-1.csv");
    Files.writeString(trials, "\n", StandardOpenOption.APPEND);
    assertThat(check(catalog, data).staleReasons().get(Datasets.require("edge")))
        .isEqualTo("the trial file changed after evaluate wrote it");
  }

  @Test
  void aTrialFileWithoutManifestIsDroppedInAndItsUnlistedObserverIsShownAsOther()
      throws IOException {
    ObserverCatalog catalog = catalog("");
    Path edge = Files.createDirectories(project.resolve("data/raw-data/edge"));
    Files.writeString(
        edge.resolve("edge_someone-else_session-1.csv"),
        "subj,session,trial,rt,object_response,category,condition,imagename\n"
            + "someone_else,1,1,NaN,cat,cat,0,airplane1.png\n");

    ModelStatusReport report =
        ModelStatusCheck.run(
            catalog, read(project.resolve("data")), project.resolve("data/raw-data"), images);
    ObserverStatus other = status(report, "someone_else");
    assertThat(other.listed()).isFalse();
    assertThat(other.group()).isEqualTo(ObserverGroup.OTHER);
    assertThat(other.datasets(DecisionSource.DROPPED_IN))
        .extracting(d -> d.name())
        .containsExactly("edge");
    assertThat(other.nextStep()).as("no model file: nothing to run").isNull();
  }

  @Test
  void theJsonNamesEachDatasetsSourceAndTheNextCommand() throws IOException {
    JsonNode json = new ObjectMapper().readTree(shared.toJson());
    assertThat(json.get("datasets")).hasSize(17);
    JsonNode resnet50 = null;
    for (JsonNode o : json.get("observers")) {
      if (o.get("id").asText().equals("resnet50")) {
        resnet50 = o;
      }
    }
    assertThat(resnet50).isNotNull();
    assertThat(resnet50.get("group").asText()).isEqualTo("supervised");
    assertThat(resnet50.get("model_file_state").asText()).isEqualTo("absent");
    assertThat(resnet50.get("decisions").get("cue-conflict").asText()).isEqualTo("published");
    assertThat(resnet50.get("readiness").asText()).isEqualTo("complete");
    assertThat(resnet50.get("next").isNull()).isTrue();
    assertThat(json.get("groups").get("supervised").get("missing").asInt()).isEqualTo(23);
  }

  private ObserverCatalog catalog(String observers) throws IOException {
    Path file = project.resolve("observers.yaml");
    Files.writeString(
        file, GROUPS + (observers.isEmpty() ? "observers: []\n" : "observers:\n" + observers));
    return ObserverCatalog.load(file, project);
  }

  private ObserverStatus check(ObserverCatalog catalog, Path data) {
    ModelStatusReport report =
        ModelStatusCheck.run(catalog, read(data), data.resolve("raw-data"), images);
    return status(report, "mynet");
  }

  private static RawData read(Path data) {
    return new RawDataReader(note -> {}).read(data.resolve("raw-data"));
  }

  private static ObserverStatus status(ModelStatusReport report, String id) {
    return report.observers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
