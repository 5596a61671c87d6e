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
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) at the worst moment, with a job's new trial file in place but its manifest
 * not yet sealed, leaves no temporary files and no trial file that looks like someone else's; the
 * next run keeps the finished job, recomputes the interrupted one and computes the rest.
 */
@Tag("slow")
@Needs(Requirement.SHARED)
class ResumeAfterKillTest {
  @TempDir Path images;
  @TempDir Path cache;

  @Test
  void aRunKilledBetweenTrialFileAndManifestIsResumedAndTheJobRecomputed() throws Exception {
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
        if (line.equals("between b on edge")) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).contains("finished a on edge", "between b on edge");
    assertThat(seen).doesNotContain("started c on edge");

    Path folder = cache.resolve("raw-data/edge");
    DecisionCache decisions = new DecisionCache(cache.resolve("raw-data"));
    EvaluationJob a = new EvaluationJob(Fixtures.model("a", model), Datasets.require("edge"));
    EvaluationJob b = new EvaluationJob(Fixtures.model("b", model), Datasets.require("edge"));
    assertThat(decisions.manifest(a).orElseThrow().trialsSha256())
        .isEqualTo(DecisionCache.sha256(decisions.trialFile(a)));
    // b's trial file is written and claimed by a manifest without hash: evaluate's, not current
    assertThat(decisions.trialFile(b)).exists();
    assertThat(decisions.owner(b)).isEqualTo(DecisionCache.Owner.EVALUATE);
    assertThat(decisions.manifest(b).orElseThrow().trialsSha256()).isNull();
    assertThat(folder.resolve("edge_c_session-1.csv")).doesNotExist();
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
    assertThat(resumed.kept()).isZero();
    for (String id : List.of("a", "b", "c")) {
      assertThat(TrialCsvReader.read(folder.resolve("edge_" + id + "_session-1.csv"))).hasSize(160);
    }
  }
}
