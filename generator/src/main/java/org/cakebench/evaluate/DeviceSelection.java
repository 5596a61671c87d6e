package org.cakebench.evaluate;

import ai.djl.Device;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.cakebench.data.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Picks the device for a {@link DeviceChoice} from the number of GPUs the engine sees, and says so
 * when a CUDA GPU seems to be there but the engine sees none: the default build carries the
 * CPU-only libtorch, and {@code auto} would otherwise run on the CPU without a word.
 */
final class DeviceSelection {
  private static final String GPU_BUILD =
      "build with -Dgpu (mvn -q package -DskipTests -Dgpu) so that DJL uses the CUDA libtorch, or"
          + " set PYTORCH_LIBRARY_PATH to one";

  private DeviceSelection() {}

  /**
   * The device for {@code choice} given {@code engineGpus}; {@code cudaHint} is the evidence of a
   * CUDA GPU on this machine, if any, which turns a silent fallback to the CPU into a warning.
   */
  static Device select(
      DeviceChoice choice, int engineGpus, Optional<String> cudaHint, EvaluationListener listener) {
    return switch (choice) {
      case CPU -> Device.cpu();
      case GPU -> {
        if (engineGpus == 0) {
          throw new InvalidInputException(
              "--device gpu: the PyTorch engine sees no GPU"
                  + cudaHint.map(h -> " (although " + h + ")").orElse("")
                  + "; "
                  + GPU_BUILD);
        }
        yield Device.gpu();
      }
      case AUTO -> {
        if (engineGpus > 0) {
          yield Device.gpu();
        }
        cudaHint.ifPresent(
            hint ->
                listener.warn(
                    "a CUDA GPU appears to be present ("
                        + hint
                        + ") but the PyTorch engine sees none (CPU-only libtorch): running on the"
                        + " CPU. To use the GPU, "
                        + GPU_BUILD
                        + "; --device cpu silences this warning"));
        yield Device.cpu();
      }
    };
  }

  /** Evidence of a CUDA GPU on this machine: {@code /dev/nvidia0}, or nvidia-smi on the PATH. */
  static Optional<String> cudaHint() {
    return cudaHint(Path.of("/dev"), System.getenv("PATH"));
  }

  /** {@link #cudaHint()} with the device folder and PATH value given (tests). */
  static Optional<String> cudaHint(Path devDir, @Nullable String pathVariable) {
    Path node = devDir.resolve("nvidia0");
    if (Files.exists(node)) {
      return Optional.of(node + " exists");
    }
    if (pathVariable == null) {
      return Optional.empty();
    }
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      try {
        Path smi = Path.of(dir).resolve("nvidia-smi");
        if (Files.isRegularFile(smi) && Files.isExecutable(smi)) {
          return Optional.of("nvidia-smi is on the PATH: " + smi);
        }
      } catch (InvalidPathException e) {
        // a malformed PATH entry holds no nvidia-smi
      }
    }
    return Optional.empty();
  }
}
