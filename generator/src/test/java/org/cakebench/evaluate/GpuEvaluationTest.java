package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fixtures on a GPU: logits close to PyTorch's CPU logits (GPU kernels round differently) and
 * the same 16-class decisions. Skipped, with the reason, where DJL sees no GPU (CI's CPU run).
 */
@Tag("gpu")
@Needs(Requirement.SHARED)
class GpuEvaluationTest {
  @BeforeEach
  void requireGpu() {
    assumeTrue(
        Engine.getEngine("PyTorch").getGpuCount() > 0,
        "no GPU visible to DJL's PyTorch engine (CPU-only libtorch or no CUDA device); build with"
            + " -Dgpu on a GPU machine to run this test");
  }

  @Test
  void fixtureLogitsOnTheGpuMatchPyTorchsCpuLogitsAndDecisions() {
    SixteenClassMapping mapping = SixteenClassMapping.standard();
    for (String fixture : List.of(Fixtures.POOL8, Fixtures.SQUEEZENET)) {
      for (String set : Fixtures.SETS) {
        List<String> names = Fixtures.imageNames(fixture, set);
        Map<String, Path> files = Fixtures.stimulusFiles(Fixtures.dataset(set));
        float[] expected = Fixtures.logits(fixture, set);
        ModelSpec spec = Fixtures.model(fixture, Fixtures.modelFile(fixture));
        InputTransform transform = new InputTransform(spec.input());
        float[] pixels = new float[names.size() * transform.floatsPerImage()];
        for (int i = 0; i < names.size(); i++) {
          transform.write(
              ImageDecoder.decode(files.get(names.get(i))), pixels, i * transform.floatsPerImage());
        }
        Logits logits;
        try (TorchScriptModel model = TorchScriptModel.load(spec, Device.gpu())) {
          logits = model.predict(ImageBatch.of(pixels, names.size(), 224));
        }
        int agree = 0;
        for (int row = 0; row < names.size(); row++) {
          for (int k = 0; k < 1000; k++) {
            float e = expected[row * 1000 + k];
            assertThat(logits.values()[row * 1000 + k])
                .as("%s %s row %d logit %d", fixture, set, row, k)
                .isCloseTo(e, org.assertj.core.data.Offset.offset(1e-3f + 1e-3f * Math.abs(e)));
          }
          if (mapping.decide(logits.values(), row) == mapping.decide(expected, row)) {
            agree++;
          }
        }
        assertThat(agree).as("%s %s decisions", fixture, set).isEqualTo(names.size());
      }
    }
  }
}
