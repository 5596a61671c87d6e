package org.cakebench.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cakebench.data.InvalidInputException;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole build on the shared data, copied from the mirror as CI does. */
@Tag("slow")
@Needs(Requirement.SHARED)
class ReportBuildTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path MIRROR =
      Path.of(System.getProperty("cakebench.shared", "../shared"), "data").toAbsolutePath();

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private BuildConfig config(Path project) {
    return new BuildConfig(project, dir.resolve("data"), MIRROR, dir.resolve("site-output"), true);
  }

  @Test
  void buildsTheSiteFromTheMirrorAndSwapsItIntoPlace() throws IOException {
    List<String> evaluated = new ArrayList<>();
    BuildSummary summary =
        new ReportBuild(
                log::add,
                log::add,
                (c, catalog) -> {
                  evaluated.add("asked");
                  return List.of();
                })
            .run(config(PROJECT));
    Path out = dir.resolve("site-output");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("figures/fig3-shape-bias.png")).isRegularFile();
    assertThat(summary.observers()).contains("resnet50", "simclr_resnet50x1");
    assertThat(summary.figures()).isGreaterThanOrEqualTo(37);
    assertThat(summary.fetchedFiles()).isEqualTo(1769);
    assertThat(evaluated)
        .containsExactly("asked"); // the evaluate step runs between fetch and analyse
    assertThat(log).contains("Supervised: 24 models: 1 complete, 23 missing");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("data", "site-output", ".site-output.builds");
    }
  }

  @Test
  void aFailingBuildKeepsThePreviousSite() throws IOException {
    Path project = dir.resolve("project");
    for (String folder : List.of("content", "templates", "assets")) {
      copyTree(PROJECT.resolve(folder), project.resolve(folder));
    }
    Path methods = project.resolve("content/methods.md");
    Files.writeString(
        methods,
        Files.readString(methods) + "\nA number that does not exist: {{ no.such.value }}\n");
    Path out = Files.createDirectories(dir.resolve("site-output"));
    Files.writeString(out.resolve(StagingFolder.MARKER), "");
    Files.writeString(out.resolve("index.html"), "previous site");

    assertThatThrownBy(
            () -> new ReportBuild(log::add, log::add, ModelEvaluation.none()).run(config(project)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("methods.md");
    assertThat(out.resolve("index.html")).hasContent("previous site");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("data", "project", "site-output", ".site-output.builds");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
