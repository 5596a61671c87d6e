package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java decoding plus DJL's PyTorch engine reproduce PyTorch's logits bit for bit on the shared
 * fixtures (both models, all three image sets), along the evaluator's own path: scanner, decoding
 * threads, batch assembly into direct buffers, translator.
 */
@Tag("slow")
@Needs(Requirement.SHARED)
class TorchScriptParityTest {
  @TempDir static Path images;
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void linkFixtureImages() {
    Fixtures.SETS.forEach(set -> Fixtures.linkSet(Fixtures.POOL8, set, images));
  }

  @AfterAll
  static void stopWorkers() {
    WORKERS.shutdownNow();
  }

  static Stream<Arguments> fixtureSets() {
    return Stream.of(Fixtures.POOL8, Fixtures.SQUEEZENET)
        .flatMap(f -> Fixtures.SETS.stream().map(s -> Arguments.of(f, s)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("fixtureSets")
  void logitsEqualPyTorchsExactly(String fixture, String set) {
    String dataset = Fixtures.dataset(set);
    StimulusSet stimuli = StimulusScanner.scan(Datasets.require(dataset), images.resolve(dataset));
    assertThat(stimuli.images())
        .extracting(Stimulus::imageName)
        .containsExactlyElementsOf(Fixtures.imageNames(fixture, set));
    float[] expected = Fixtures.logits(fixture, set);
    ModelSpec spec = Fixtures.model(fixture, Fixtures.modelFile(fixture));
    int batch = 16;
    float[] actual = new float[expected.length];
    try (DecodedImages decoded =
            DecodedImages.start(stimuli, List.of(spec.input().inputSize()), WORKERS);
        TorchScriptModel model = TorchScriptModel.load(spec, Device.cpu())) {
      BatchAssembler assembler =
          new BatchAssembler(new InputTransform(spec.input()), decoded, WORKERS);
      for (int start = 0; start < stimuli.size(); start += batch) {
        int n = Math.min(batch, stimuli.size() - start);
        Logits logits = model.predict(BatchAssembler.join(assembler.start(start, n)));
        System.arraycopy(logits.values(), 0, actual, start * 1000, logits.values().length);
      }
    }
    assertThat(actual).containsExactly(expected);
  }
}
