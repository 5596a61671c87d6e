package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;

/**
 * Runs the project's Python tools from tests: finds a Python ({@code CAKEBENCH_PYTHON}, {@code
 * python3}, {@code /usr/bin/python3}), runs scripts with {@code tools/} on the path, and writes the
 * random checkpoints of {@code make_checkpoints.py} once per test JVM for every test that needs
 * them (two random ResNet-50s take a while). Tests that need torch are skipped without it, unless
 * {@code CAKEBENCH_REQUIRE_TORCH} is set, as {@code .ci/run} sets it after installing Debian's.
 */
final class PythonTools {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path TOOLS = PROJECT.resolve("tools");
  private static final String TORCH_MODULES = "import torch, torchvision, PIL";
  private static Path checkpoints;

  private PythonTools() {}

  /** A Python with torch, torchvision and Pillow; skips the test (or fails in CI) without one. */
  static Path requireTorch() {
    Optional<Path> found = find(TORCH_MODULES);
    if (System.getenv("CAKEBENCH_REQUIRE_TORCH") != null) {
      assertThat(found).as("CAKEBENCH_REQUIRE_TORCH is set, but no python3 has torch").isPresent();
    }
    assumeTrue(
        found.isPresent(),
        "no python3 with torch and torchvision (set CAKEBENCH_PYTHON; Debian: apt-get install"
            + " python3-torchvision, as .ci/run does)");
    return found.get();
  }

  /** Any Python 3.8 or newer (the download code needs the standard library alone). */
  static Path requirePython() {
    Optional<Path> found = find("import sys; assert sys.version_info >= (3, 8)");
    assumeTrue(found.isPresent(), "no python3 (3.8 or newer) found; set CAKEBENCH_PYTHON");
    return found.get();
  }

  /** The images of the resized-image fixture, which the checkpoints' expected logits are for. */
  static StimulusSet fixtureImages() {
    return StimulusScanner.scan(Datasets.require("sketch"), resource("resized/sketch"));
  }

  /**
   * The folder {@code make_checkpoints.py} wrote (InsDis.pth, InsDis_classifier.pth,
   * resnet50-1x.pth, torchvision/*.pth, expected logits for {@link #fixtureImages()}), made on the
   * first call and removed when the JVM exits.
   */
  static synchronized Path checkpoints(Path python) {
    if (checkpoints == null) {
      try {
        Path dir = Files.createTempDirectory("cakebench-checkpoints");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        List<String> command =
            new ArrayList<>(
                List.of(resource("export/make_checkpoints.py").toString(), dir.toString()));
        fixtureImages().images().forEach(s -> command.add(s.file().toString()));
        assertSucceeds(run(python, command, Map.of()));
        checkpoints = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return checkpoints;
  }

  /** Runs {@code python arguments...} with {@code tools/} on PYTHONPATH and {@code env} added. */
  static Result run(Path python, List<String> arguments, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(python.toString());
    command.addAll(arguments);
    try {
      return execute(command, env);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command, e);
    }
  }

  static void assertSucceeds(Result result) {
    assertThat(result.exit()).as(result.output()).isZero();
  }

  static Path resource(String name) {
    try {
      return Path.of(PythonTools.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Path> find(String probe) {
    String configured = System.getenv("CAKEBENCH_PYTHON");
    return Stream.of(configured, "python3", "/usr/bin/python3")
        .filter(p -> p != null && !p.isBlank())
        .filter(p -> probe(p, probe))
        .findFirst()
        .map(Path::of);
  }

  private static boolean probe(String candidate, String code) {
    try {
      return execute(List.of(candidate, "-c", code), Map.of()).exit() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static Result execute(List<String> command, Map<String, String> env) throws IOException {
    Path log = Files.createTempFile("cakebench-python", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // scripts under target/test-classes import the modules of tools/
    builder.environment().put("PYTHONPATH", TOOLS.toString());
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    builder.environment().putAll(env);
    Process process = builder.start();
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(-1, "timed out after 10 minutes: " + command);
      }
      return new Result(process.exitValue(), Files.readString(log));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return new Result(-1, "interrupted");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder: leave what could not be removed
    }
  }

  /** A finished Python process: exit status and its output (stdout and stderr together). */
  record Result(int exit, String output) {}
}
