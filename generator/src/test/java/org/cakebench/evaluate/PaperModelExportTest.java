package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.evaluate.CheckpointServer.DriveConfirmation;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export_torchscript.py all} downloads the paper's checkpoints, records them in the lock
 * file and exports checked TorchScript files, against a local server that serves random-weight
 * checkpoints in each upstream layout from upstream-shaped paths (a PyContrast trunk behind a
 * Dropbox redirect, its classifier behind a GitHub release redirect, a SimCLR checkpoint behind
 * Google Drive's confirmation form, torchvision weights into torch's hub cache). The URL table
 * itself is checked separately against the catalog and the upstream addresses. Needs a Python with
 * torch (see {@link PythonTools}).
 */
@Needs(Requirement.TORCH)
@Tag("torch")
class PaperModelExportTest {
  private static final String EXPORT =
      PythonTools.TOOLS.resolve("export_torchscript.py").toString();
  private static final String DROPBOX_TRUNK =
      "/sh/87d24jqsl6ra7t2/AACcsSIt1_Njv7GsmsuzZ6Sta/InsDis.pth";
  private static final String RELEASE = "/bethgelab/model-vs-human/releases/download/v0.2/";
  private static final String SIMCLR_X1 = "1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE";
  private static final String SQUEEZENET = "squeezenet1_1-b8a52dc0.pth";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

  @TempDir static Path work;
  private static Path python;
  private static Path checkpoints;
  private static CheckpointServer server;
  private static PythonTools.Result firstRun;
  private static int firstRunRequests;

  @BeforeAll
  static void downloadAndExportThreeLayouts() throws IOException {
    python = PythonTools.requireTorch();
    checkpoints = PythonTools.checkpoints(python);
    server = CheckpointServer.start();
    server
        .redirect(DROPBOX_TRUNK, "/dropbox-content/InsDis.pth")
        .file("/dropbox-content/InsDis.pth", checkpoints.resolve("InsDis.pth"))
        .cutOnce("/dropbox-content/InsDis.pth")
        .redirect(RELEASE + "InsDis_classifier.pth", "/github-assets/InsDis_classifier.pth")
        .file("/github-assets/InsDis_classifier.pth", checkpoints.resolve("InsDis_classifier.pth"))
        .driveFile(SIMCLR_X1, checkpoints.resolve("resnet50-1x.pth"), DriveConfirmation.FORM)
        .file(torchvisionPath("squeezenet1_1"), torchvisionFile("squeezenet1_1"));
    Path sources =
        writeSources(
            Map.of(
                "InsDis",
                Map.of(
                    "trunk", server.url(DROPBOX_TRUNK + "?dl=1"),
                    "classifier", server.url(RELEASE + "InsDis_classifier.pth")),
                "simclr_resnet50x1",
                Map.of("checkpoint", server.url("/uc?export=download&id=" + SIMCLR_X1)),
                "squeezenet1_1",
                Map.of("weights", server.url(torchvisionPath("squeezenet1_1")))));
    firstRun = exportAll(work, "InsDis,simclr_resnet50x1,squeezenet1_1", "--sources", sources);
    firstRunRequests = server.requests().size();
  }

  @AfterAll
  static void stop() {
    WORKERS.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theSourceTableHasThePapersThirtyTwoModelsWithTheirUpstreamUrls() throws IOException {
    PythonTools.Result listed = PythonTools.run(python, List.of(EXPORT, "all", "--list"), Map.of());
    PythonTools.assertSucceeds(listed);
    JsonNode table = JSON.readTree(listed.output());

    List<String> paperModels = new ArrayList<>();
    ObserverCatalog catalog =
        ObserverCatalog.load(
            PythonTools.PROJECT.resolve("content/observers.yaml"), PythonTools.PROJECT);
    for (ObserverProfile p : catalog.listed()) {
      if (p.inPaper() && p.group() != ObserverGroup.HUMAN) {
        paperModels.add(p.id());
      }
    }
    assertThat(paperModels).hasSize(32);
    assertThat(fieldNames(table)).containsExactlyInAnyOrderElementsOf(paperModels);

    String dropbox = "https://www.dropbox.com/sh/87d24jqsl6ra7t2/";
    String release = "https://github.com/bethgelab/model-vs-human/releases/download/v0.2/";
    assertThat(urls(table, "InsDis"))
        .containsExactly(
            dropbox + "AACcsSIt1_Njv7GsmsuzZ6Sta/InsDis.pth?dl=1",
            release + "InsDis_classifier.pth");
    assertThat(urls(table, "MoCo"))
        .containsExactly(
            dropbox + "AAB53yJAYuCrOFluygBsVKOOa/MoCo.pth?dl=1", release + "MoCo_classifier.pth");
    assertThat(urls(table, "MoCoV2"))
        .containsExactly(
            dropbox + "AABaYuKiiZFYowa31yKeGGOQa/MoCov2.pth?dl=1",
            release + "MoCov2_classifier.pth");
    assertThat(urls(table, "PIRL"))
        .containsExactly(
            dropbox + "AADN4jKnvTI0U5oT6hTmQZz8a/PIRL.pth?dl=1", release + "PIRL_classifier.pth");
    assertThat(urls(table, "InfoMin"))
        .containsExactly(
            dropbox + "AAAzMTynP3Qc8mIE4XWkgILUa/InfoMin_800.pth?dl=1",
            release + "InfoMin_classifier.pth");
    String drive = "https://drive.google.com/uc?export=download&id=";
    assertThat(urls(table, "simclr_resnet50x1")).containsExactly(drive + SIMCLR_X1);
    assertThat(urls(table, "simclr_resnet50x2"))
        .containsExactly(drive + "1zI-5gdNDxK5gRiNUgbgx0RXqyDwxwWEQ");
    assertThat(urls(table, "simclr_resnet50x4"))
        .containsExactly(drive + "1Pipca9LMYWK_o3bjWDo88ZMdeT07EFNN");
    assertThat(urls(table, "squeezenet1_1"))
        .containsExactly("https://download.pytorch.org/models/" + SQUEEZENET);
    table
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().get("kind").asText().equals("torchvision")) {
                assertThat(urls(table, e.getKey()).get(0))
                    .startsWith("https://download.pytorch.org/models/");
              }
            });
  }

  @Test
  void everyLayoutIsDownloadedExportedAndCheckedAndComputesWhatItsCheckpointDefines() {
    // PyContrast: trunk and the paper's linear classifier; SimCLR: takes ImageNet-normalised input
    PythonTools.assertSucceeds(firstRun);
    for (String id : List.of("InsDis", "simclr_resnet50x1", "squeezenet1_1")) {
      assertThat(firstRun.output()).contains("ok " + work.resolve("models/" + id + ".pt"));
    }
    // torchvision finds its weights where it keeps them: the hub cache under TORCH_HOME
    assertThat(work.resolve("torch/hub/checkpoints/" + SQUEEZENET))
        .hasSameBinaryContentAs(torchvisionFile("squeezenet1_1"));
    StimulusSet images = PythonTools.fixtureImages();
    for (String id : List.of("InsDis", "simclr_resnet50x1")) {
      float[] logits =
          Fixtures.djlLogits(
              Fixtures.model(id, work.resolve("models/" + id + ".pt")), images, WORKERS);
      float[] expected = Fixtures.readLogits(checkpoints.resolve(id + ".expected.f32"));
      // another libtorch build than the one that made the expected logits: relative tolerance
      assertThat(logits).hasSize(images.size() * 1000);
      Fixtures.assertLogitsClose(logits, expected, 2e-5, id);
    }
  }

  @Test
  void theLockFileRecordsUrlSizeAndSha256OfEveryCheckpoint() throws IOException {
    JsonNode lock = JSON.readTree(work.resolve("models/weights.lock.json").toFile());
    Map<String, Path> served =
        Map.of(
            "InsDis.pth",
            checkpoints.resolve("InsDis.pth"),
            "InsDis_classifier.pth",
            checkpoints.resolve("InsDis_classifier.pth"),
            "resnet50-1x.pth",
            checkpoints.resolve("resnet50-1x.pth"),
            SQUEEZENET,
            torchvisionFile("squeezenet1_1"));
    assertThat(fieldNames(lock.get("checkpoints")))
        .containsExactlyInAnyOrderElementsOf(served.keySet());
    for (var entry : served.entrySet()) {
      JsonNode recorded = lock.get("checkpoints").get(entry.getKey());
      assertThat(recorded.get("size").asLong()).isEqualTo(Files.size(entry.getValue()));
      assertThat(recorded.get("sha256").asText()).isEqualTo(DecisionCache.sha256(entry.getValue()));
    }
    assertThat(lock.get("checkpoints").get("InsDis.pth").get("url").asText())
        .isEqualTo(server.url(DROPBOX_TRUNK + "?dl=1"));
    assertThat(lock.get("models").get("InsDis").get("sha256").asText())
        .isEqualTo(DecisionCache.sha256(work.resolve("models/InsDis.pt")));
  }

  @Test
  void theCutOffTrunkDownloadWasResumedAndDrivesFormSubmitted() {
    List<String> requests = server.requests().subList(0, firstRunRequests);
    assertThat(requests)
        .anyMatch(r -> r.matches("GET /dropbox-content/InsDis.pth Range: bytes=[1-9][0-9]*-"));
    assertThat(requests)
        .anyMatch(
            r ->
                r.startsWith("GET /download?id=" + SIMCLR_X1 + "&export=download&confirm=t&uuid="));
  }

  @Test
  void aSecondRunSkipsTheCurrentModelsWithoutDownloadingAnything() {
    int before = server.requests().size();
    PythonTools.Result again = exportAll(work, "InsDis,simclr_resnet50x1,squeezenet1_1");
    PythonTools.assertSucceeds(again);
    assertThat(again.output())
        .contains("InsDis: " + work.resolve("models/InsDis.pt") + " is current");
    assertThat(again.output()).contains("exported 0 models, 3 current, 0 failed");
    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void aCheckpointThatChangedUpstreamIsRefusedNamingTheLockFile() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("changed"));
    Files.createDirectories(elsewhere.resolve("models"));
    Files.copy(
        work.resolve("models/weights.lock.json"), elsewhere.resolve("models/weights.lock.json"));
    // another file under the name torchvision gives squeezenet1_1's weights; its URL carries
    // its own hash, so only the lock can tell
    Path other = torchvisionFile("mnasnet0_5");
    String path = "/models/squeezenet1_1-" + DecisionCache.sha256(other).substring(0, 8) + ".pth";
    server.file(path, other);
    Path sources = writeSources(Map.of("squeezenet1_1", Map.of("weights", server.url(path))));

    PythonTools.Result result = exportAll(elsewhere, "squeezenet1_1", "--sources", sources);
    assertThat(result.exit()).isNotZero();
    assertThat(result.output())
        .contains("squeezenet1_1: FAILED")
        .contains("is not the file recorded in " + elsewhere.resolve("models/weights.lock.json"))
        .contains("delete the entry \"" + SQUEEZENET + "\"");
    assertThat(elsewhere.resolve("models/squeezenet1_1.pt")).doesNotExist();
  }

  @Test
  void aFailedSourceIsReportedWithTheManualAlternativeAndTheOthersGoOn() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("failing"));
    server
        .file(torchvisionPath("shufflenet_v2_x0_5"), torchvisionFile("shufflenet_v2_x0_5"))
        .failOnce(torchvisionPath("shufflenet_v2_x0_5"), 503);
    Path sources =
        writeSources(
            Map.of(
                "MoCo",
                Map.of("trunk", server.url("/sh/87d24jqsl6ra7t2/moved/MoCo.pth?dl=1")),
                "shufflenet_v2_x0_5",
                Map.of("weights", server.url(torchvisionPath("shufflenet_v2_x0_5")))));

    PythonTools.Result result =
        exportAll(elsewhere, "MoCo,shufflenet_v2_x0_5", "--sources", sources);
    assertThat(result.exit()).isNotZero();
    assertThat(result.output())
        .contains(
            "MoCo: FAILED: " + server.url("/sh/87d24jqsl6ra7t2/moved/MoCo.pth?dl=1") + ": HTTP 404")
        .contains(
            "python tools/export_torchscript.py pycontrast --model MoCo --trunk MoCo.pth"
                + " --classifier MoCo_classifier.pth --check")
        .contains("HTTP 503; retrying")
        .contains("exported 1 models, 0 current, 1 failed: MoCo");
    assertThat(elsewhere.resolve("models/shufflenet_v2_x0_5.pt")).exists();
    assertThat(elsewhere.resolve("models/MoCo.pt")).doesNotExist();
  }

  @Test
  void aWeightsMirrorStandsInForTheInternet() throws IOException {
    Path elsewhere = Files.createDirectories(work.resolve("offline"));
    Path mirror = Files.createDirectories(work.resolve("mirror"));
    Path weights = torchvisionFile("mnasnet0_5");
    String name = "mnasnet0_5-" + DecisionCache.sha256(weights).substring(0, 8) + ".pth";
    Files.copy(weights, mirror.resolve(torchvisionName("mnasnet0_5")));
    // nothing listens on port 9: any attempt to download fails
    Path sources =
        writeSources(Map.of("mnasnet0_5", Map.of("weights", "http://127.0.0.1:9/models/" + name)));

    PythonTools.Result result =
        exportAll(elsewhere, "mnasnet0_5", "--sources", sources, "--weights-mirror", mirror);
    PythonTools.assertSucceeds(result);
    assertThat(result.output()).contains(torchvisionName("mnasnet0_5") + ": copied from " + mirror);
    assertThat(elsewhere.resolve("models/mnasnet0_5.pt")).exists();
    JsonNode lock = JSON.readTree(elsewhere.resolve("models/weights.lock.json").toFile());
    assertThat(lock.get("checkpoints").get(torchvisionName("mnasnet0_5")).get("url").asText())
        .isEqualTo("http://127.0.0.1:9/models/" + name);
  }

  /** Runs {@code all --models ids} into {@code dir}/models with {@code dir}/torch as TORCH_HOME. */
  private static PythonTools.Result exportAll(Path dir, String ids, Object... options) {
    List<String> arguments =
        new ArrayList<>(
            List.of(EXPORT, "all", "--models", ids, "--out", dir.resolve("models").toString()));
    for (Object option : options) {
      arguments.add(option.toString());
    }
    Map<String, String> env =
        Map.of("TORCH_HOME", dir.resolve("torch").toString(), "CAKEBENCH_RETRY_WAIT", "0.05");
    return PythonTools.run(python, arguments, env);
  }

  private static Path writeSources(Map<String, Map<String, String>> sources) {
    try {
      Path file = Files.createTempFile(work, "sources", ".json");
      JSON.writeValue(file.toFile(), sources);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The random weights make_checkpoints.py wrote for a small torchvision model. */
  private static Path torchvisionFile(String model) {
    return checkpoints.resolve("torchvision/" + model + ".pth");
  }

  /**
   * A download.pytorch.org-like path whose name carries the served file's hash, as torchvision's
   * do.
   */
  private static String torchvisionPath(String model) {
    return "/models/"
        + model
        + "-"
        + DecisionCache.sha256(torchvisionFile(model)).substring(0, 8)
        + ".pth";
  }

  /** The file name torchvision gives the model's IMAGENET1K_V1 weights. */
  private static String torchvisionName(String model) {
    return switch (model) {
      case "squeezenet1_1" -> SQUEEZENET;
      case "mnasnet0_5" -> "mnasnet0.5_top1_67.823-3ffadce67e.pth";
      default -> throw new IllegalArgumentException(model);
    };
  }

  private static List<String> urls(JsonNode table, String model) {
    List<String> urls = new ArrayList<>();
    table.get(model).get("checkpoints").forEach(c -> urls.add(c.get("url").asText()));
    return urls;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
