package org.cakebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as users meet it: help everywhere, one-line errors, analyse on the shared data.
 */
class CliTest {
  static final Path SHARED = Path.of(System.getProperty("cakebench.shared", "../shared"));
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      CommandLine cli = CakebenchCommand.newCommandLine();
      cli.setErr(new PrintWriter(err, true));
      cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
      int status = cli.execute(args);
      return new Run(
          status,
          out.toString(StandardCharsets.UTF_8),
          err + errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine cli = CakebenchCommand.newCommandLine();
    assertThat(run("--help").out()).contains("Usage: cakebench");
    for (CommandLine sub : new LinkedHashSet<>(cli.getSubcommands().values())) {
      String name = sub.getCommandName();
      if (name.equals("help")) {
        continue;
      }
      Run help = run(name, "--help");
      assertThat(help.status()).as(name).isZero();
      assertThat(help.out()).as(name).contains("Usage: cakebench " + name);
    }
  }

  @Test
  void errorsEndAsOneLineAndANonZeroStatus() throws IOException {
    Run missing = run("analyse", "--raw-data", dir.resolve("nope").toString());
    assertThat(missing.status()).isNotZero();
    assertThat(missing.err().strip())
        .startsWith("cakebench: ")
        .contains("raw-data directory not found")
        .doesNotContain("\n\tat ");
    assertThat(run("analyse", "--no-such-option").status()).isEqualTo(2);
    Path raw = dir.resolve("raw/edge");
    Files.createDirectories(raw);
    Files.writeString(
        raw.resolve("edge_m_session-1.csv"),
        "subj,session,trial,rt,object_response,category,condition,imagename\nm,1,1,NaN,cat,zebra,0,a.png\n");
    Run bad = run("analyse", "--raw-data", dir.resolve("raw").toString());
    assertThat(bad.status()).isEqualTo(1); // bad data: the job failed, the command line was fine
    assertThat(bad.err().strip())
        .isEqualTo(
            "cakebench: "
                + raw.resolve("edge_m_session-1.csv")
                + ":2: unknown category 'zebra': not one of the 16 categories");
  }

  @Test
  @Needs(Requirement.SHARED)
  void analyseReproducesTheSharedDataScoresAndWritesJson() throws Exception {
    Path json = dir.resolve("a.json");
    Run r =
        run(
            "analyse",
            "--raw-data",
            SHARED.resolve("data/raw-data").toString(),
            "--json",
            json.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("simclr_resnet50x1").contains("humans");
    JsonNode observers = new ObjectMapper().readTree(json.toFile()).get("observers");
    assertThat(observers.fieldNames())
        .toIterable()
        .containsExactly("bagnet33", "resnet50", "simclr_resnet50x1", "humans");
    // The paper: SimCLR makes 58.3-61.2 % texture decisions on cue-conflict.
    double simclrTexture = 1 - observers.get("simclr_resnet50x1").get("shape_bias").asDouble();
    assertThat(Math.round(simclrTexture * 1000) / 10.0).isBetween(58.3, 61.2);
    // model-vs-human's published leaderboard for ResNet-50: .559 / .087 / .665 / .208
    JsonNode resnet = observers.get("resnet50");
    assertThat(resnet.get("ood_accuracy").asDouble()).isBetween(0.5585, 0.5595);
    assertThat(resnet.get("accuracy_difference").asDouble()).isBetween(0.0865, 0.0875);
    assertThat(resnet.get("observed_consistency").asDouble()).isBetween(0.6645, 0.6655);
    assertThat(resnet.get("error_consistency").asDouble()).isBetween(0.2075, 0.2085);
    assertThat(observers.get("humans").get("accuracy").size()).isEqualTo(17);
    // and its human reference row: .723 OOD accuracy, error consistency .431 between humans
    JsonNode humans = observers.get("humans");
    assertThat(humans.get("group").asText()).isEqualTo("human");
    assertThat(humans.get("ood_accuracy").asDouble()).isBetween(0.7225, 0.7235);
    assertThat(humans.get("error_consistency").asDouble()).isBetween(0.4305, 0.4315);
    assertThat(humans.get("shape_bias").asDouble()).isGreaterThan(0.95);
  }

  @Test
  @Needs(Requirement.SHARED)
  void fetchDataCopiesFromAMirrorAndImageArchivesFromAFolder() throws Exception {
    Path archives = Files.createDirectories(dir.resolve("archives"));
    Files.write(
        archives.resolve("sketch.tar.gz"),
        org.cakebench.data.fetch.ArchiveExtractorTest.tarGz(
            tar ->
                org.cakebench.data.fetch.ArchiveExtractorTest.file(
                    tar, "sketch/dnn/session-1/a.png", "png")));
    Path data = dir.resolve("data");
    Run r =
        run(
            "fetch-data",
            "--data",
            data.toString(),
            "--data-mirror",
            SHARED.resolve("data").toString(),
            "--only",
            "raw-data/edge,mappings",
            "--no-progress",
            "--images-from",
            archives.toString());
    // every other dataset's archive is missing from the folder: named, and the exit status says so
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("failed: images of colour").contains("15 fetched");
    assertThat(data.resolve("raw-data/edge/edge_resnet50_session-1.csv")).isRegularFile();
    assertThat(data.resolve("stimuli/sketch/dnn/session-1/a.png")).hasContent("png");
  }
}
