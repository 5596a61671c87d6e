package org.cakebench.evaluate;

import ai.djl.Device;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;

/**
 * Measures evaluation throughput on one dataset (run by {@code bench/evaluate.sh}): decode-only
 * (all images on the decode threads), inference-only (pre-decoded, pre-normalised batches through
 * the model after two warm-up batches) and end-to-end (a fresh {@link Evaluator} run: scan and
 * digest, model load, decoding overlapped with inference, trial file written). Prints the median of
 * each over the repeats, in images per second.
 *
 * <p>Arguments: {@code MODEL.pt IMAGES_DIR DATASET BATCH DECODE_THREADS REPEATS}.
 */
public final class EvaluateBenchmark {
  private EvaluateBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path modelFile = Path.of(args[0]);
    Path imagesDir = Path.of(args[1]);
    Dataset dataset = Datasets.require(args[2]);
    int batch = Integer.parseInt(args[3]);
    int threads = Integer.parseInt(args[4]);
    int repeats = Integer.parseInt(args[5]);
    ModelSpec spec = Fixtures.model("bench", modelFile);
    StimulusSet set = StimulusScanner.scan(dataset, imagesDir.resolve(dataset.name()));
    int n = set.size();

    List<Double> decode = new ArrayList<>();
    List<Double> inference = new ArrayList<>();
    List<Double> endToEnd = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      decode.add(n / decodeSeconds(set, threads));
      inference.add(n / inferenceSeconds(spec, set, batch));
      endToEnd.add(n / endToEndSeconds(spec, dataset, imagesDir, batch, threads));
    }
    System.out.printf(
        Locale.ROOT,
        "%-22s %-12s %6d images  batch %3d  decode threads %d  cores %d%n",
        modelFile.getFileName(),
        dataset.name(),
        n,
        batch,
        threads,
        Runtime.getRuntime().availableProcessors());
    print("decode-only", decode);
    print("inference-only", inference);
    print("end-to-end", endToEnd);
    System.out.printf(
        Locale.ROOT,
        "  end-to-end / inference-only: %.0f %%%n",
        100 * median(endToEnd) / median(inference));
  }

  private static double decodeSeconds(StimulusSet set, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try (DecodedImages images = DecodedImages.start(set, List.of(224), pool)) {
      for (int i = 0; i < images.size(); i++) {
        images.get(i, 224);
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double inferenceSeconds(ModelSpec spec, StimulusSet set, int batch) {
    InputTransform transform = new InputTransform(spec.input());
    List<ImageBatch> batches = new ArrayList<>();
    for (int s = 0; s < set.size(); s += batch) {
      int count = Math.min(batch, set.size() - s);
      float[] pixels = new float[count * transform.floatsPerImage()];
      for (int i = 0; i < count; i++) {
        transform.write(
            ImageDecoder.decode(set.images().get(s + i).file()),
            pixels,
            i * transform.floatsPerImage());
      }
      // direct buffers, as the evaluator's batch assembler hands them to DJL
      batches.add(ImageBatch.of(pixels, count, transform.size()));
    }
    try (TorchScriptModel model = TorchScriptModel.load(spec, Device.cpu())) {
      model.predict(batches.get(0));
      model.predict(batches.get(1));
      long start = System.nanoTime();
      for (ImageBatch b : batches) {
        model.predict(b);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private static double endToEndSeconds(
      ModelSpec spec, Dataset dataset, Path imagesDir, int batch, int threads) throws IOException {
    Path cache = Files.createTempDirectory("cakebench-bench");
    try {
      EvaluationConfig config =
          new EvaluationConfig(
              List.of(spec),
              List.of(dataset),
              imagesDir,
              cache,
              BatchSize.of(batch),
              DeviceChoice.CPU,
              Shard.ALL,
              threads,
              "bench");
      long start = System.nanoTime();
      EvaluationSummary summary = new Evaluator(config, EvaluationListener.SILENT).run();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (summary.written() != 1) {
        throw new IllegalStateException("end-to-end run wrote " + summary.written() + " files");
      }
      return seconds;
    } finally {
      try (Stream<Path> walk = Files.walk(cache)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (UncheckedIOException e) {
        // temp folder; leave it
      }
    }
  }

  private static void print(String what, List<Double> values) {
    System.out.printf(
        Locale.ROOT,
        "  %-15s %8.1f images/s  (median of %d: %s)%n",
        what,
        median(values),
        values.size(),
        values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }
}
