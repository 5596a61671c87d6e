package org.cakebench.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same inputs write the same bytes, file for file. Each runs in a JVM of its own:
 * the iteration order of some collections is salted per JVM, so two builds in one JVM could agree
 * and still differ from tomorrow's.
 */
@Needs(Requirement.SHARED)
@Tag("slow")
class ReproducibleBuildTest {
  @TempDir Path dir;

  @Test
  void twoBuildsOfTheSameDataAreByteIdentical() throws IOException {
    Path data = dir.resolve("data");
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    build(data, first);
    build(data, second);
    List<Path> files = files(first);
    assertThat(files).hasSizeGreaterThan(100).isEqualTo(files(second));
    for (Path f : files) {
      assertThat(Files.mismatch(first.resolve(f), second.resolve(f)))
          .as("first byte that differs in " + f)
          .isEqualTo(-1L);
    }
  }

  private static void build(Path data, Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dai.djl.offline=true",
                "-Dcakebench.home=" + ReportBuildTest.PROJECT,
                "org.cakebench.cli.CakebenchCommand",
                "build",
                "--no-evaluate",
                "--data",
                data.toString(),
                "--data-mirror",
                ReportBuildTest.MIRROR.toString(),
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      assertThat(process.waitFor()).as(output).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    Path real = root.toRealPath();
    try (Stream<Path> walk = Files.walk(real)) {
      return walk.filter(Files::isRegularFile).map(real::relativize).sorted().toList();
    }
  }
}
