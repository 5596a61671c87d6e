package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/gpu_check.sh --device cpu}: the one-shot GPU check runs its steps with small counts
 * on the CPU, so CI proves the script works where no GPU is (its GPU path, the out-of-memory step
 * above all, runs only on a GPU machine). The squeezenet fixture stands in for the ResNet-50 to
 * keep it quick; the tool comes from this build's classes and dependencies. Needs a Python with
 * torch for the PyTorch figure ({@link PythonTools}).
 */
@Needs({Requirement.SHARED, Requirement.TORCH})
@Tag("torch")
class GpuCheckScriptTest {
  private static final Pattern RATE = Pattern.compile(".* \\| [0-9]+\\.[0-9]+ images/s.*");

  @TempDir Path work;

  @Test
  void onTheCpuItPrintsOneLinePerFigureWithTheDeviceName()
      throws IOException, InterruptedException {
    Path python = PythonTools.requireTorch();
    Path log = work.resolve("gpu-check.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                PythonTools.PROJECT.resolve("bench/gpu_check.sh").toString(),
                "--device",
                "cpu",
                "--model",
                Fixtures.modelFile(Fixtures.SQUEEZENET).toString(),
                "--stimuli",
                Fixtures.stimuli().toString(),
                "--classpath",
                System.getProperty("java.class.path"),
                "--log",
                log.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("output.txt").toFile());
    builder.environment().put("PYTHON", python.toString());
    builder.environment().put("CAKEBENCH_JAVA_OPTS", "-Xmx1g");
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
    String output = Files.readString(work.resolve("output.txt"));
    assertThat(process.exitValue()).as(output).isZero();

    List<String> lines = output.lines().filter(l -> l.startsWith("gpu-check | ")).toList();
    assertThat(lines).as(output).hasSize(5);
    String device = lines.get(0).split(" \\| ")[1];
    assertThat(device).contains("cores");
    assertThat(lines).allMatch(l -> l.startsWith("gpu-check | " + device + " | "));
    assertThat(lines.get(0))
        .contains("PyTorch")
        .contains("inference-only squeezenet1_1, batch 4, fp32")
        .matches(RATE);
    assertThat(lines.get(1)).contains("DJL").contains("% of PyTorch").matches(RATE);
    assertThat(lines.get(2)).contains("evaluate end-to-end, cue-conflict 32 images").matches(RATE);
    assertThat(lines.get(3)).contains("out-of-memory halving | skipped");
    assertThat(Files.readString(log)).contains(lines.get(2));
  }
}
