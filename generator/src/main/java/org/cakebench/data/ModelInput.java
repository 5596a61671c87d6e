package org.cakebench.data;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run one model: its TorchScript file and the input it expects.
 *
 * @param file the TorchScript file (by default {@code models/<id>.pt})
 * @param inputSize the side of the square input in pixels (224 for most models)
 * @param mean per-channel mean subtracted after scaling to [0, 1] (RGB)
 * @param std per-channel standard deviation divided by (RGB)
 */
public record ModelInput(Path file, int inputSize, List<Float> mean, List<Float> std) {
  public ModelInput {
    mean = List.copyOf(mean);
    std = List.copyOf(std);
  }
}
