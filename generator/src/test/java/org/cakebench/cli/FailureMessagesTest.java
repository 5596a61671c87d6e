package org.cakebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.data.fetch.ArchiveExtractorTest;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job that fails exits with 1 and one message naming the file and the reason, each once. */
class FailureMessagesTest {
  private static final Path SHARED = CliTest.SHARED;

  @TempDir Path dir;

  @Test
  void aMissingFileIsNamedWithTheReasonNotTwice() {
    Path manifest = dir.resolve("manifest.tsv");
    CliTest.Run run =
        CliTest.run("fetch-data", "--data", dir.toString(), "--manifest", manifest.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("cakebench: cannot read " + manifest + ": no such file or folder");
  }

  @Test
  void aLockThatCannotBeTakenIsNamedWithTheReason() throws IOException {
    Files.createDirectories(dir.resolve(".fetch.lock")); // a folder where the lock file goes
    CliTest.Run run = CliTest.run("fetch-data", "--data", dir.toString(), "--no-progress");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("cakebench: cannot lock " + dir.resolve(".fetch.lock") + ": Is a directory");
  }

  @Test
  @Needs(Requirement.SHARED)
  void anArchiveThatCannotBeExtractedIsNamedWithEntryAndReason() throws IOException {
    Path archives = Files.createDirectories(dir.resolve("archives"));
    String name = "colour/dnn/" + "a".repeat(300) + ".png";
    Files.write(
        archives.resolve("colour.tar.gz"),
        ArchiveExtractorTest.tarGz(tar -> ArchiveExtractorTest.file(tar, name, "png")));
    CliTest.Run run =
        CliTest.run(
            "fetch-data",
            "--data",
            dir.resolve("data").toString(),
            "--data-mirror",
            SHARED.resolve("data").toString(),
            "--only",
            "mappings",
            "--no-progress",
            "--images-from",
            archives.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "failed: images of colour: cannot extract colour.tar.gz, entry '"
                + name
                + "': File name too long");
  }

  @Test
  @Needs(Requirement.SHARED)
  void aModelThatRaisesShowsItsErrorAndItsTracebackOnce() throws IOException {
    // SqueezeNet on 8 x 8 pixels: its pooling has nothing left to pool, and the model raises.
    Path catalog = dir.resolve("observers.yaml");
    Files.writeString(
        catalog,
        """
        groups:
          human: {colour: "#a51e37", marker: diamond}
          supervised: {colour: "#969696", marker: circle}
          self-supervised: {colour: "#d29600", marker: triangle}
          other: {colour: "#3c8c64", marker: square}
        model_defaults: {input_size: 224, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225]}
        observers:
          - {id: tiny, name: Tiny, group: other, family: x, paper: false, provenance: test,
             model: {input_size: 8}}
        """);
    Path model = SHARED.resolve("fixtures/squeezenet1_1-random/squeezenet1_1.pt");
    CliTest.Run run =
        CliTest.run(
            "evaluate",
            "--catalog",
            catalog.toString(),
            "--model",
            "tiny=" + model,
            "--datasets",
            "silhouette",
            "--images",
            SHARED.resolve("data/stimuli").toString(),
            "--cache",
            dir.toString(),
            "--device",
            "cpu");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("cakebench: tiny: inference failed: RuntimeError: Given input size");
    assertThat(count(run.err(), "Traceback of TorchScript, original code")).isEqualTo(1);
    assertThat(count(run.err(), "The following operation failed")).isEqualTo(1);
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
