package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java decoding plus DJL's PyTorch engine reproduce PyTorch's logits bit for bit on the shared
 * fixtures (both models, all three image sets).
 */
class TorchScriptParityTest {
  static Stream<Arguments> fixtureSets() {
    return Stream.of(Fixtures.POOL8, Fixtures.SQUEEZENET)
        .flatMap(f -> Fixtures.SETS.stream().map(s -> Arguments.of(f, s)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("fixtureSets")
  void logitsEqualPyTorchsExactly(String fixture, String set) {
    List<String> names = Fixtures.imageNames(fixture, set);
    Map<String, Path> files = Fixtures.stimulusFiles(Fixtures.dataset(set));
    float[] expected = Fixtures.logits(fixture, set);
    ModelSpec spec = Fixtures.model(fixture, Fixtures.modelFile(fixture));
    InputTransform transform = new InputTransform(spec.input());
    int batch = 16;
    float[] actual = new float[expected.length];
    try (TorchScriptModel model = TorchScriptModel.load(spec, Device.cpu())) {
      for (int start = 0; start < names.size(); start += batch) {
        int n = Math.min(batch, names.size() - start);
        float[] pixels = new float[n * transform.floatsPerImage()];
        for (int i = 0; i < n; i++) {
          RgbImage image = ImageDecoder.decode(files.get(names.get(start + i)));
          transform.write(image, pixels, i * transform.floatsPerImage());
        }
        Logits logits = model.predict(new ImageBatch(pixels, n, 224));
        System.arraycopy(logits.values(), 0, actual, start * 1000, logits.values().length);
      }
    }
    assertThat(actual).containsExactly(expected);
  }
}
