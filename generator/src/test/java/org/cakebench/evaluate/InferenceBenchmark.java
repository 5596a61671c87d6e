package org.cakebench.evaluate;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Inference-only throughput of one TorchScript file through DJL, measured as {@code
 * bench/pytorch_inference.py} measures PyTorch's own (run by {@code bench/djl_vs_pytorch.sh}): the
 * same file, batch size and input shape, random normalised input made once, warm-up batches first,
 * then timed batches.
 *
 * <p>Arguments: {@code MODEL.pt BATCH TIMED_BATCHES [SIZE]}. Prints one line: {@code djl
 * <images/s>}.
 */
public final class InferenceBenchmark {
  private static final int WARM_UP = 3;

  private InferenceBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int batch = Integer.parseInt(args[1]);
    int timed = Integer.parseInt(args[2]);
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 224;
    Random random = new Random(0);
    float[] pixels = new float[batch * 3 * size * size];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) random.nextGaussian();
    }
    ImageBatch input = ImageBatch.of(pixels, batch, size);
    try (TorchScriptModel model =
        TorchScriptModel.load(Fixtures.model("bench", file), Device.cpu())) {
      for (int i = 0; i < WARM_UP; i++) {
        model.predict(input);
      }
      long start = System.nanoTime();
      for (int i = 0; i < timed; i++) {
        model.predict(input);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "djl %.2f%n", batch * timed / seconds);
    }
  }
}
