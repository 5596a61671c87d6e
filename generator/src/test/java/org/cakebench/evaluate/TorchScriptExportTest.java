package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * the script's own {@code --check} compares traced and eager model), and names a checkpoint of the
 * wrong kind. That the PyContrast and SimCLR exports compute what their checkpoints define is shown
 * by {@link PaperModelExportTest}, which exports them through {@code all} from downloaded
 * checkpoints, the way users get them, and compares DJL's logits with the networks built directly
 * from the checkpoints. Runs the real script with the first Python that has torch and torchvision
 * ({@link PythonTools}); skipped without one, unless {@code CAKEBENCH_REQUIRE_TORCH} is set, as
 * {@code .ci/run} sets it after installing Debian's. PyTorch there is another build than the
 * libtorch DJL loads, so logits agree within a float tolerance relative to their size (measured:
 * 1.4e-6 of the largest logit at most).
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
  private static Path checkpoints;
  private static StimulusSet stimuli;

  @BeforeAll
  static void findPythonAndWriteCheckpoints() {
    python = PythonTools.requireTorch();
    stimuli = PythonTools.fixtureImages();
    checkpoints = PythonTools.checkpoints(python);
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
  void aCheckpointOfTheWrongKindIsNamed() {
    PythonTools.Result result =
        run(
            List.of(
                EXPORT.toString(),
                "pycontrast",
                "--model",
                "MoCo",
                "--trunk",
                checkpoint("InsDis_classifier.pth"),
                "--classifier",
                checkpoint("InsDis_classifier.pth"),
                "--out",
                inWork("wrong")));
    assertThat(result.exit()).isNotZero();
    assertThat(result.output())
        .contains(checkpoint("InsDis_classifier.pth") + ": not a PyContrast ResNet-50 trunk");
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

  private static String checkpoint(String name) {
    return checkpoints.resolve(name).toString();
  }

  private static PythonTools.Result run(List<String> arguments) {
    return PythonTools.run(python, arguments, Map.of());
  }

  private static void assertSucceeds(PythonTools.Result result) {
    PythonTools.assertSucceeds(result);
  }
}
