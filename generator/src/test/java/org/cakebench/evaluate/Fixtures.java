package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.data.ModelInput;

/** The shared TorchScript fixtures and stimuli (see ../shared/fixtures/{@literal *}/README.md). */
final class Fixtures {
  static final String POOL8 = "pool8-linear";
  static final String SQUEEZENET = "squeezenet1_1-random";
  static final List<String> SETS = List.of("cue-conflict-96", "edge-160", "silhouette-160");

  private Fixtures() {}

  static Path shared() {
    String dir = System.getProperty("cakebench.shared");
    if (dir == null) {
      throw new IllegalStateException("run tests through Maven: -Dcakebench.shared is not set");
    }
    return Path.of(dir);
  }

  static Path fixture(String name) {
    return shared().resolve("fixtures").resolve(name);
  }

  static Path stimuli() {
    return shared().resolve("data/stimuli");
  }

  static Path modelFile(String fixture) {
    return fixture(fixture).resolve(fixture.equals(POOL8) ? "pool8-linear.pt" : "squeezenet1_1.pt");
  }

  static ModelSpec model(String id, Path file) {
    return new ModelSpec(
        id,
        new ModelInput(
            file, 224, List.of(0.485f, 0.456f, 0.406f), List.of(0.229f, 0.224f, 0.225f)));
  }

  /** A CPU run of {@code models} on {@code datasets}: batch 16, two decode threads, all jobs. */
  static EvaluationConfig cpuConfig(
      List<ModelSpec> models, List<String> datasets, Path images, Path cache) {
    return new EvaluationConfig(
        models,
        datasets.stream().map(Datasets::require).toList(),
        images,
        cache,
        BatchSize.of(16),
        DeviceChoice.CPU,
        Shard.ALL,
        2,
        "test");
  }

  /** The image names of one set, in the order of its logits. */
  static List<String> imageNames(String fixture, String set) {
    try {
      JsonNode json = new ObjectMapper().readTree(fixture(fixture).resolve("images.json").toFile());
      List<String> names = new ArrayList<>();
      json.get(set).forEach(n -> names.add(n.asText()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dataset of a set name, e.g. {@code edge} for {@code edge-160}. */
  static String dataset(String set) {
    return set.substring(0, set.lastIndexOf('-'));
  }

  /** The stimulus file of each image name of a dataset. */
  static Map<String, Path> stimulusFiles(String dataset) {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(stimuli().resolve(dataset))) {
      walk.filter(Files::isRegularFile).forEach(p -> files.put(p.getFileName().toString(), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** PyTorch's logits of one set, row-major [N, 1000]. */
  static float[] logits(String fixture, String set) {
    return readLogits(fixture(fixture).resolve(set + ".logits.f32"));
  }

  /** A float32 little-endian logits file, row-major [N, 1000]. */
  static float[] readLogits(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      float[] values = new float[bytes.length / 4];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails unless every logit of {@code actual} lies within {@code relative} times the largest
   * expected logit of {@code expected}: the tolerance for logits computed by another libtorch
   * build, whose kernels sum in another order.
   */
  static void assertLogitsClose(float[] actual, float[] expected, double relative, String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    double largest = 0;
    for (float v : expected) {
      largest = Math.max(largest, Math.abs(v));
    }
    double worst = 0;
    int at = 0;
    for (int i = 0; i < expected.length; i++) {
      double difference = Math.abs(actual[i] - expected[i]);
      if (difference > worst) {
        worst = difference;
        at = i;
      }
    }
    assertThat(worst)
        .as(
            "%s: largest difference at logit %d of image %d (logits up to %.1f)",
            what, at % 1000, at / 1000, largest)
        .isLessThanOrEqualTo(relative * largest);
  }

  /** DJL's logits of a model on every image of a set, in one batch, along the evaluator's path. */
  static float[] djlLogits(ModelSpec spec, StimulusSet stimuli, ExecutorService workers) {
    try (DecodedImages decoded =
            DecodedImages.start(stimuli, List.of(spec.input().inputSize()), workers);
        TorchScriptModel model = TorchScriptModel.load(spec, Device.cpu())) {
      BatchAssembler assembler =
          new BatchAssembler(new InputTransform(spec.input()), decoded, workers);
      return model.predict(BatchAssembler.join(assembler.start(0, stimuli.size()))).values();
    }
  }

  /**
   * A stimulus folder holding exactly the images of one fixture set, as links into the shared
   * stimuli: {@code <root>/<dataset>/<category>/<image>}.
   */
  static void linkSet(String fixture, String set, Path root) {
    String dataset = dataset(set);
    Map<String, Path> files = stimulusFiles(dataset);
    try {
      for (String name : imageNames(fixture, set)) {
        Path source = files.get(name);
        Path target = root.resolve(dataset).resolve(source.getParent().getFileName()).resolve(name);
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
