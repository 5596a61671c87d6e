package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

class EvaluationConfigTest {
  private static EvaluationConfig config(List<String> datasets, Shard shard) {
    List<ModelSpec> models =
        List.of(Fixtures.model("a", Path.of("a.pt")), Fixtures.model("b", Path.of("b.pt")));
    return new EvaluationConfig(
        models,
        datasets.stream().map(Datasets::require).toList(),
        Path.of("images"),
        Path.of("cache"),
        BatchSize.AUTO,
        DeviceChoice.CPU,
        shard,
        1,
        "test");
  }

  @Test
  void datasetsRunInRegistryOrderWhateverOrderTheyAreTypedIn() {
    assertThat(config(List.of("silhouette", "colour", "edge", "colour"), Shard.ALL).datasets())
        .extracting(Dataset::name)
        .containsExactly("colour", "edge", "silhouette");
  }

  @Test
  void everyTypingOrderGivesEachShardTheSameJobs() {
    for (int i = 0; i < 3; i++) {
      Shard shard = new Shard(i, 3);
      assertThat(config(List.of("sketch", "edge", "contrast"), shard).jobs())
          .map(EvaluationJob::toString)
          .containsExactlyElementsOf(
              config(List.of("contrast", "edge", "sketch"), shard).jobs().stream()
                  .map(EvaluationJob::toString)
                  .toList());
    }
    assertThat(config(List.of("sketch", "edge", "contrast"), Shard.ALL).jobs())
        .map(EvaluationJob::toString)
        .containsExactly(
            "a on contrast",
            "b on contrast",
            "a on edge",
            "b on edge",
            "a on sketch",
            "b on sketch");
  }
}
