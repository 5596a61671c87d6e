package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.EngineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cakebench.data.Category;
import org.cakebench.data.Datasets;
import org.cakebench.data.Trial;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batching around a model: order of trials and the GPU out-of-memory fallback. */
@Needs(Requirement.SHARED)
class DecisionRunnerTest {
  @TempDir static Path images;
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);
  private static StimulusSet edge;

  @BeforeAll
  static void linkEdgeImages() {
    Fixtures.linkSet(Fixtures.POOL8, "edge-160", images);
    edge = StimulusScanner.scan(Datasets.require("edge"), images.resolve("edge"));
  }

  @AfterAll
  static void stopWorkers() {
    WORKERS.shutdownNow();
  }

  /**
   * A model whose answer for each image is the category of the image's position among all images
   * served, so that lost, repeated or misordered batches show up; it fails with a CUDA
   * out-of-memory message on batches larger than {@code limit}.
   */
  private static final class FakeGpuModel implements LogitsModel {
    final List<Integer> batchSizes = new ArrayList<>();
    final int limit;
    int served;

    FakeGpuModel(int limit) {
      this.limit = limit;
    }

    @Override
    public Logits predict(ImageBatch batch) {
      batchSizes.add(batch.count());
      if (batch.count() > limit) {
        throw new EngineException(
            "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.10 GiB total capacity)");
      }
      float[] values = new float[batch.count() * 1000];
      for (int i = 0; i < batch.count(); i++) {
        Category target = Category.at((served + i) % 16);
        values[i * 1000 + SixteenClassMapping.standard().indices(target)[0]] = 100f;
      }
      served += batch.count();
      return new Logits(values, batch.count());
    }
  }

  @Test
  void outOfMemoryOnTheGpuHalvesTheBatchAndKeepsEveryImageOnce() {
    FakeGpuModel model = new FakeGpuModel(5);
    RecordingListener listener = new RecordingListener();
    List<Trial> trials;
    try (DecodedImages decoded = DecodedImages.start(edge, List.of(224), WORKERS)) {
      trials =
          new DecisionRunner(SixteenClassMapping.standard(), WORKERS, listener)
              .run(model, Fixtures.model("fake", Path.of("fake.pt")), decoded, 16, true);
    }
    assertThat(model.batchSizes.subList(0, 4)).containsExactly(16, 8, 4, 4);
    assertThat(model.batchSizes.subList(3, model.batchSizes.size())).allMatch(n -> n <= 4);
    assertThat(listener.warnings)
        .hasSize(2)
        .first()
        .asString()
        .contains("batch size 16; retrying with 8");
    assertThat(trials).hasSize(160);
    for (int i = 0; i < trials.size(); i++) {
      assertThat(trials.get(i).trial()).isEqualTo(i + 1);
      assertThat(trials.get(i).imageName()).isEqualTo(edge.images().get(i).imageName());
      assertThat(trials.get(i).response()).isEqualTo(Category.at(i % 16));
    }
  }

  @Test
  void outOfMemoryOnTheCpuIsNotRetried() {
    FakeGpuModel model = new FakeGpuModel(5);
    try (DecodedImages decoded = DecodedImages.start(edge, List.of(224), WORKERS)) {
      DecisionRunner runner =
          new DecisionRunner(SixteenClassMapping.standard(), WORKERS, EvaluationListener.SILENT);
      assertThatThrownBy(
              () ->
                  runner.run(model, Fixtures.model("fake", Path.of("fake.pt")), decoded, 16, false))
          .isInstanceOf(EngineException.class)
          .hasMessageContaining("out of memory");
    }
  }
}
