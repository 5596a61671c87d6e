package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceSelectionTest {
  @TempDir Path dev;
  @TempDir Path bin;

  @Test
  void autoOnAMachineWithACudaGpuButACpuOnlyEngineWarnsAndRunsOnTheCpu() {
    RecordingListener listener = new RecordingListener();
    Device device =
        DeviceSelection.select(DeviceChoice.AUTO, 0, Optional.of("/dev/nvidia0 exists"), listener);
    assertThat(device).isEqualTo(Device.cpu());
    assertThat(listener.warnings)
        .singleElement()
        .asString()
        .contains("/dev/nvidia0 exists")
        .contains("running on the CPU")
        .contains("-Dgpu")
        .contains("PYTORCH_LIBRARY_PATH");
  }

  @Test
  void autoWithoutAnySignOfAGpuRunsOnTheCpuQuietly() {
    RecordingListener listener = new RecordingListener();
    assertThat(DeviceSelection.select(DeviceChoice.AUTO, 0, Optional.empty(), listener))
        .isEqualTo(Device.cpu());
    assertThat(listener.warnings).isEmpty();
  }

  @Test
  void autoTakesTheGpuTheEngineSees() {
    RecordingListener listener = new RecordingListener();
    assertThat(
            DeviceSelection.select(
                DeviceChoice.AUTO, 1, Optional.of("/dev/nvidia0 exists"), listener))
        .isEqualTo(Device.gpu());
    assertThat(listener.warnings).isEmpty();
  }

  @Test
  void gpuWithoutAGpuInTheEngineFailsNamingTheGpuBuild() {
    assertThatThrownBy(
            () ->
                DeviceSelection.select(
                    DeviceChoice.GPU,
                    0,
                    Optional.of("/dev/nvidia0 exists"),
                    EvaluationListener.SILENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sees no GPU (although /dev/nvidia0 exists)")
        .hasMessageContaining("-Dgpu");
  }

  @Test
  void aCudaGpuShowsAsADeviceNodeOrAsNvidiaSmiOnThePath() throws IOException {
    String path = "/no/such/dir" + File.pathSeparator + File.pathSeparator + bin;
    assertThat(DeviceSelection.cudaHint(dev, path)).isEmpty();
    assertThat(DeviceSelection.cudaHint(dev, null)).isEmpty();

    Path smi = Files.createFile(bin.resolve("nvidia-smi"));
    assertThat(DeviceSelection.cudaHint(dev, path)).as("not executable").isEmpty();
    Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(DeviceSelection.cudaHint(dev, path)).contains("nvidia-smi is on the PATH: " + smi);

    Files.createFile(dev.resolve("nvidia0"));
    assertThat(DeviceSelection.cudaHint(dev, null)).contains(dev.resolve("nvidia0") + " exists");
  }
}
