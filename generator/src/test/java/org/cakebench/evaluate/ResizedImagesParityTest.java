package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.data.Datasets;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images that are not 224 x 224, in every encoding PIL meets, go through the evaluator as through
 * model-vs-human's PyTorch loader. The reference in {@code resized/} was written by {@code make.py}
 * there with Pillow 9.4, torch 1.13.1 and torchvision 0.14.1 ({@code tools/reference_logits.py}):
 * the RGB bytes each image becomes after decoding, resizing and cropping, then pool8-linear's
 * logits and 16-class decisions.
 */
class ResizedImagesParityTest {
  /**
   * torch 1.13's CPU kernels sum in another order than the 2.7 library DJL loads: on the shared 224
   * x 224 fixtures they differ from torch 2.11's logits by up to 6.1e-5, so logits here are
   * compared within this fraction of the largest one; the pixels they come from are compared
   * exactly.
   */
  private static final double RELATIVE_TOLERANCE = 1e-5;

  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);
  private static Path reference;
  private static StimulusSet stimuli;
  private static JsonNode expected;

  @TempDir Path cache;

  @BeforeAll
  static void readReference() throws IOException, URISyntaxException {
    reference = Path.of(ResizedImagesParityTest.class.getResource("resized").toURI());
    stimuli = StimulusScanner.scan(Datasets.require("sketch"), reference.resolve("sketch"));
    expected = new ObjectMapper().readTree(reference.resolve("pool8-linear.json").toFile());
  }

  @AfterAll
  static void stopWorkers() {
    WORKERS.shutdownNow();
  }

  @Test
  void theReferenceCoversEveryEncodingAndSize() {
    assertThat(stimuli.images())
        .extracting(Stimulus::imageName)
        .containsExactlyElementsOf(texts(expected.get("images")))
        .anyMatch(n -> n.endsWith(".jpg"))
        .anyMatch(n -> n.contains("palette"))
        .anyMatch(n -> n.contains("grey16"))
        .anyMatch(n -> n.contains("rgba"))
        .anyMatch(n -> n.contains("small-160x120"));
  }

  @Test
  void decodedResizedAndCroppedPixelsEqualPillowsExactly() throws IOException {
    JsonNode fitted = new ObjectMapper().readTree(reference.resolve("fitted-sha256.json").toFile());
    for (Stimulus image : stimuli.images()) {
      RgbImage input = InputTransform.fit(ImageDecoder.decode(image.file()), 224);
      assertThat(DigestUtils.sha256Hex(input.pixels()))
          .as(image.imageName())
          .isEqualTo(fitted.get(image.imageName()).asText());
    }
  }

  @Test
  @Needs(Requirement.SHARED)
  void logitsEqualPyTorchsWithinFloatTolerance() {
    float[] want = Fixtures.readLogits(reference.resolve("pool8-linear-logits.f32"));
    ModelSpec spec = Fixtures.model("pool8_linear", Fixtures.modelFile(Fixtures.POOL8));
    float[] actual = Fixtures.djlLogits(spec, stimuli, WORKERS);
    Fixtures.assertLogitsClose(actual, want, RELATIVE_TOLERANCE, "pool8-linear");
  }

  @Test
  @Needs(Requirement.SHARED)
  void evaluateWritesPyTorchsDecisions() {
    ModelSpec spec = Fixtures.model("pool8_linear", Fixtures.modelFile(Fixtures.POOL8));
    EvaluationSummary summary =
        new Evaluator(
                Fixtures.cpuConfig(List.of(spec), List.of("sketch"), reference, cache),
                EvaluationListener.SILENT)
            .run();
    assertThat(summary.written()).isEqualTo(1);

    List<Trial> trials =
        TrialCsvReader.read(cache.resolve("raw-data/sketch/sketch_pool8-linear_session-1.csv"));
    assertThat(trials)
        .extracting(Trial::imageName)
        .containsExactlyElementsOf(texts(expected.get("images")));
    assertThat(trials)
        .extracting(t -> t.response().label())
        .containsExactlyElementsOf(texts(expected.get("decisions")));
    assertThat(trials).extracting(Trial::condition).containsOnly("0");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
