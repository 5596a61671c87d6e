package org.cakebench.evaluate;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cakebench.data.ModelInput;

/**
 * Inference-only throughput of one TorchScript file through DJL, measured as {@code
 * bench/pytorch_inference.py} measures PyTorch's own: the same file, batch size and input shape,
 * random normalised float32 input made once, warm-up batches first, then timed batches. It lives in
 * the tool's jar so that {@code bench/gpu_check.sh} runs it from a built tool alone; {@code
 * bench/djl_vs_pytorch.sh} uses it too.
 *
 * <p>Arguments: {@code MODEL.pt BATCH TIMED_BATCHES [cpu|gpu] [SIZE]}. Prints one line: {@code djl
 * <images/s> <device> <engine> <engine version>}.
 */
public final class InferenceThroughput {
  private static final int WARM_UP = 3;

  private InferenceThroughput() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int batch = Integer.parseInt(args[1]);
    int timed = Integer.parseInt(args[2]);
    Device device = args.length > 3 && args[3].equals("gpu") ? Device.gpu() : Device.cpu();
    int size = args.length > 4 ? Integer.parseInt(args[4]) : 224;
    Random random = new Random(0);
    float[] pixels = new float[batch * 3 * size * size];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) random.nextGaussian();
    }
    ImageBatch input = ImageBatch.of(pixels, batch, size);
    ModelSpec spec =
        new ModelSpec(
            "throughput",
            new ModelInput(
                file, size, List.of(0.485f, 0.456f, 0.406f), List.of(0.229f, 0.224f, 0.225f)));
    try (TorchScriptModel model = TorchScriptModel.load(spec, device)) {
      for (int i = 0; i < WARM_UP; i++) {
        model.predict(input);
      }
      // predict returns the logits copied to the host, so each batch has finished when it returns
      long start = System.nanoTime();
      for (int i = 0; i < timed; i++) {
        model.predict(input);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Engine engine = Engine.getEngine(TorchScriptModel.ENGINE);
      System.out.printf(
          Locale.ROOT,
          "djl %.2f %s %s %s%n",
          batch * timed / seconds,
          device,
          engine.getEngineName(),
          engine.getVersion());
    }
  }
}
