package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/export_torchscript.py} writes TorchScript files that DJL loads and runs as PyTorch
 * runs them (torchvision models, against {@code tools/reference_logits.py} on the exported file;
 * the script's own {@code --check} compares traced and eager model) and that compute what the
 * checkpoints they come from define (PyContrast and SimCLR, against networks built directly from
 * the checkpoints). Runs the real script with the first Python that has torch and torchvision
 * ({@code CAKEBENCH_PYTHON}, {@code python3}, {@code /usr/bin/python3}); skipped without one,
 * unless {@code CAKEBENCH_REQUIRE_TORCH} is set, as {@code .ci/run} sets it after installing
 * Debian's. PyTorch there is another build than the libtorch DJL loads, so logits agree within a
 * float tolerance relative to their size (measured: 1.4e-6 of the largest logit at most).
 */
@Tag("torch")
@Needs(Requirement.TORCH)
class TorchScriptExportTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path EXPORT = PROJECT.resolve("tools/export_torchscript.py");
  private static final Path REFERENCE = PROJECT.resolve("tools/reference_logits.py");
  private static final double RELATIVE_TOLERANCE = 2e-5;
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

  @TempDir static Path work;
  private static Path python;
  private static Path resources;
  private static StimulusSet stimuli;

  @BeforeAll
  static void findPythonAndWriteCheckpoints() throws IOException, URISyntaxException {
    Optional<Path> found = pythonWithTorch();
    if (System.getenv("CAKEBENCH_REQUIRE_TORCH") != null) {
      assertThat(found).as("CAKEBENCH_REQUIRE_TORCH is set, but no python3 has torch").isPresent();
    }
    assumeTrue(
        found.isPresent(),
        "no python3 with torch and torchvision (set CAKEBENCH_PYTHON; Debian: apt-get install"
            + " python3-torchvision, as .ci/run does)");
    python = found.get();
    resources = Path.of(TorchScriptExportTest.class.getResource("export").toURI());
    Path images = Path.of(TorchScriptExportTest.class.getResource("resized/sketch").toURI());
    stimuli = StimulusScanner.scan(Datasets.require("sketch"), images);
    List<String> command = new ArrayList<>(List.of(script("make_checkpoints.py"), inWork()));
    stimuli.images().forEach(s -> command.add(s.file().toString()));
    assertSucceeds(run(command));
  }

  @AfterAll
  static void stopWorkers() {
    WORKERS.shutdownNow();
  }

  @Test
  void torchvisionModelsLoadInDjlAndComputeWhatPyTorchComputes() {
    for (String id : List.of("resnet18", "inception_v3")) {
      assertSucceeds(
          run(
              List.of(
                  EXPORT.toString(),
                  "torchvision",
                  "--models",
                  id,
                  "--random-weights",
                  "--check",
                  "--out",
                  inWork("models"))));
      Path model = work.resolve("models").resolve(id + ".pt");
      List<String> reference =
          new ArrayList<>(List.of(REFERENCE.toString(), model.toString(), "--out", inWork(id)));
      stimuli.images().forEach(s -> reference.add(s.file().toString()));
      assertSucceeds(run(reference));
      assertCloseTo(djl(id, model), Fixtures.readLogits(work.resolve(id + ".logits.f32")), id);
    }
  }

  @Test
  void pycontrastExportCarriesTheTrunkAndTheLinearClassifier() {
    assertSucceeds(
        run(
            List.of(
                EXPORT.toString(),
                "pycontrast",
                "--model",
                "InsDis",
                "--trunk",
                inWork("InsDis.pth"),
                "--classifier",
                inWork("InsDis_classifier.pth"),
                "--check",
                "--out",
                inWork("models"))));
    float[] expected = Fixtures.readLogits(work.resolve("InsDis.expected.f32"));
    assertCloseTo(djl("InsDis", work.resolve("models/InsDis.pt")), expected, "InsDis");
  }

  @Test
  void simclrExportTakesImageNetNormalisedInput() {
    assertSucceeds(
        run(
            List.of(
                EXPORT.toString(),
                "simclr",
                "--model",
                "simclr_resnet50x1",
                "--checkpoint",
                inWork("resnet50-1x.pth"),
                "--check",
                "--out",
                inWork("models"))));
    float[] expected = Fixtures.readLogits(work.resolve("simclr_resnet50x1.expected.f32"));
    assertCloseTo(
        djl("simclr_resnet50x1", work.resolve("models/simclr_resnet50x1.pt")),
        expected,
        "simclr_resnet50x1");
  }

  @Test
  void aCheckpointOfTheWrongKindIsNamed() {
    Result result =
        run(
            List.of(
                EXPORT.toString(),
                "pycontrast",
                "--model",
                "MoCo",
                "--trunk",
                inWork("InsDis_classifier.pth"),
                "--classifier",
                inWork("InsDis_classifier.pth"),
                "--out",
                inWork("wrong")));
    assertThat(result.exit()).isNotZero();
    assertThat(result.output())
        .contains(inWork("InsDis_classifier.pth") + ": not a PyContrast ResNet-50 trunk");
    assertThat(work.resolve("wrong/MoCo.pt")).doesNotExist();
  }

  private static float[] djl(String id, Path model) {
    return Fixtures.djlLogits(Fixtures.model(id, model), stimuli, WORKERS);
  }

  private static void assertCloseTo(float[] actual, float[] expected, String what) {
    assertThat(actual).as(what).hasSize(stimuli.size() * 1000);
    Fixtures.assertLogitsClose(actual, expected, RELATIVE_TOLERANCE, what);
  }

  private static String inWork(String... names) {
    Path p = work;
    for (String n : names) {
      p = p.resolve(n);
    }
    return p.toString();
  }

  private static String script(String name) {
    return resources.resolve(name).toString();
  }

  private static Optional<Path> pythonWithTorch() {
    String configured = System.getenv("CAKEBENCH_PYTHON");
    return Stream.of(configured, "python3", "/usr/bin/python3")
        .filter(p -> p != null && !p.isBlank())
        .filter(p -> probe(p).exit() == 0)
        .findFirst()
        .map(Path::of);
  }

  private static Result probe(String candidate) {
    try {
      return execute(List.of(candidate, "-c", "import torch, torchvision, PIL"));
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    }
  }

  private static Result run(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(python.toString());
    command.addAll(arguments);
    try {
      return execute(command);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command, e);
    }
  }

  private static Result execute(List<String> command) throws IOException {
    Path log = Files.createTempFile("cakebench-python", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // make_checkpoints.py runs from target/test-classes and imports tools/reference_logits.py
    builder.environment().put("PYTHONPATH", PROJECT.resolve("tools").toString());
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = builder.start();
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(-1, "timed out after 10 minutes: " + command);
      }
      return new Result(process.exitValue(), Files.readString(log));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return new Result(-1, "interrupted");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void assertSucceeds(Result result) {
    assertThat(result.exit()).as(result.output()).isZero();
  }

  private record Result(int exit, String output) {}
}
