package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.data.TrialCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) in the middle of a job leaves no partial file; the next run keeps the
 * finished job and computes the rest.
 */
class ResumeAfterKillTest {
  @TempDir Path images;
  @TempDir Path cache;

  @Test
  void aKilledRunLeavesNoPartialFileAndTheNextRunResumes() throws Exception {
    Fixtures.linkSet(Fixtures.POOL8, "edge-160", images);
    Path model = Fixtures.modelFile(Fixtures.POOL8);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dai.djl.offline=" + System.getProperty("ai.djl.offline", "true"),
                "-Dcakebench.shared=" + Fixtures.shared(),
                SlowEvaluation.class.getName(),
                images.toString(),
                cache.toString(),
                model.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        seen.add(line);
        // kill in the middle of the second job: after its third batch
        if (seen.contains("started b on edge")
            && seen.subList(seen.indexOf("started b on edge"), seen.size()).stream()
                    .filter("progress"::equals)
                    .count()
                == 3) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).contains("finished a on edge").doesNotContain("finished b on edge");

    Path folder = cache.resolve("raw-data/edge");
    assertThat(folder.resolve("edge_a_session-1.csv")).exists();
    assertThat(folder.resolve("edge_a_session-1.manifest.json")).exists();
    assertThat(folder.resolve("edge_b_session-1.csv")).doesNotExist();
    assertThat(folder.resolve("edge_b_session-1.manifest.json")).doesNotExist();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }

    List<ModelSpec> specs =
        List.of("a", "b", "c").stream().map(id -> Fixtures.model(id, model)).toList();
    EvaluationSummary resumed =
        new Evaluator(
                new EvaluationConfig(
                    specs,
                    List.of(Datasets.require("edge")),
                    images,
                    cache,
                    BatchSize.of(16),
                    DeviceChoice.CPU,
                    Shard.ALL,
                    1,
                    "test"),
                EvaluationListener.SILENT)
            .run();
    assertThat(resumed.upToDate()).isEqualTo(1);
    assertThat(resumed.written()).isEqualTo(2);
    for (String id : List.of("a", "b", "c")) {
      assertThat(TrialCsvReader.read(folder.resolve("edge_" + id + "_session-1.csv"))).hasSize(160);
    }
  }
}
