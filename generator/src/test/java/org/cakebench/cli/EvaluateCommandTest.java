package org.cakebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cakebench evaluate} and {@code import} from the command line. */
class EvaluateCommandTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private static Path shared() {
    return Path.of(System.getProperty("cakebench.shared"));
  }

  private int run(String... args) {
    CommandLine cli = CakebenchCommand.newCommandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  @Needs(Requirement.SHARED)
  void evaluatesAModelGivenAsIdEqualsPath() {
    Path model = shared().resolve("fixtures/pool8-linear/pool8-linear.pt");
    int code =
        run(
            "evaluate",
            "--model",
            "pool8=" + model,
            "--datasets",
            "silhouette",
            "--images",
            shared().resolve("data/stimuli").toString(),
            "--cache",
            dir.toString(),
            "--device",
            "cpu");
    assertThat(code).as(err.toString()).isZero();
    List<Trial> trials =
        TrialCsvReader.read(dir.resolve("raw-data/silhouette/silhouette_pool8_session-1.csv"));
    assertThat(trials).hasSize(160).allSatisfy(t -> assertThat(t.observer()).isEqualTo("pool8"));
    assertThat(dir.resolve("raw-data/silhouette/silhouette_pool8_session-1.manifest.json"))
        .exists();
  }

  @Test
  void anUnknownDatasetIsNamedWithTheKnownOnes() {
    int code = run("evaluate", "--model", "x=" + dir.resolve("x.pt"), "--datasets", "edges");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown dataset 'edges'").contains("silhouette");
  }

  @Test
  void aMissingModelFileIsNamed() {
    int code =
        run(
            "evaluate",
            "--model",
            "resnet50=" + dir.resolve("resnet50.pt"),
            "--datasets",
            "edge",
            "--images",
            shared().resolve("data/stimuli").toString(),
            "--cache",
            dir.toString());
    assertThat(code).isEqualTo(1); // the job failed; the command line was fine
    assertThat(err.toString()).contains("resnet50.pt").contains("model file not found");
  }

  @Test
  void aBatchSizeIsAutoOrAPositiveNumber() {
    int code = run("evaluate", "--model", "x=" + dir.resolve("x.pt"), "--batch-size", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("batch size must be auto or at least 1, not 0");
  }

  @Test
  void aBadShardIsRejected() {
    int code = run("evaluate", "--model", "x=" + dir.resolve("x.pt"), "--shard", "4/4");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("shard must be i/n");
  }

  @Test
  @Needs(Requirement.SHARED)
  void importWritesTheTvs2019ObserversIntoTheCache() throws Exception {
    Path edge = dir.resolve("raw-data/edge");
    Files.createDirectories(edge);
    Files.copy(
        shared().resolve("data/raw-data/edge/edge_subject-01_session_1.csv"),
        edge.resolve("edge_subject-01_session_1.csv"));
    int code =
        run(
            "import",
            "--texture-vs-shape",
            shared()
                .resolve("data/texture-vs-shape-raw-data/edge-experiment")
                .getParent()
                .toString(),
            "--cache",
            dir.toString());
    // cue-conflict and silhouette have no human trials in this cache
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no human trials");
  }
}
