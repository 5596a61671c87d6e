package org.cakebench.evaluate;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.cakebench.data.Dataset;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Trial;

/**
 * Runs an {@link EvaluationConfig}: for each dataset of this shard's jobs, scans and digests its
 * images, skips the jobs whose cached trial file is current, decodes the images once (on worker
 * threads, overlapped with the first model) and runs every remaining model over them, each under
 * its file lock, writing trial file and manifest.
 */
public final class Evaluator {
  private static final String DECISION_RULE = "softmax-mean-16-class";

  private final EvaluationConfig config;
  private final EvaluationListener listener;
  private final DecisionCache cache;
  private final SixteenClassMapping mapping = SixteenClassMapping.standard();
  private final Map<Path, String> modelDigests = new HashMap<>();

  /** An evaluator for {@code config} that reports to {@code listener}. */
  public Evaluator(EvaluationConfig config, EvaluationListener listener) {
    this.config = config;
    this.listener = listener;
    this.cache = new DecisionCache(config.rawDataDir());
  }

  /** Runs every job of the configured shard. */
  public EvaluationSummary run() {
    List<EvaluationJob> jobs = config.jobs();
    if (jobs.isEmpty()) {
      listener.info("shard " + config.shard() + " has no jobs");
      return new EvaluationSummary(0, 0, 0, 0, 0);
    }
    // Fail on a bad model file before spending time on images.
    jobs.stream()
        .map(j -> j.model().input().file())
        .distinct()
        .forEach(TorchScriptModel::checkFile);
    Device device = device(config.device());
    Engine engine = Engine.getEngine(TorchScriptModel.ENGINE);
    listener.info(
        "DJL "
            + Engine.getDjlVersion()
            + ", "
            + engine.getEngineName()
            + " "
            + engine.getVersion()
            + " engine on "
            + device
            + "; "
            + jobs.size()
            + " jobs in shard "
            + config.shard());
    Map<Dataset, List<EvaluationJob>> byDataset = new LinkedHashMap<>();
    jobs.forEach(j -> byDataset.computeIfAbsent(j.dataset(), d -> new ArrayList<>()).add(j));
    Counts counts = new Counts();
    ExecutorService decoders =
        Executors.newFixedThreadPool(config.decodeThreads(), daemon("decode"));
    ExecutorService assembler =
        Executors.newFixedThreadPool(config.decodeThreads(), daemon("batch"));
    try {
      DecisionRunner runner = new DecisionRunner(mapping, assembler, listener);
      for (var entry : byDataset.entrySet()) {
        evaluateDataset(entry.getKey(), entry.getValue(), device, engine, decoders, runner, counts);
      }
    } finally {
      decoders.shutdownNow();
      assembler.shutdownNow();
    }
    return new EvaluationSummary(
        counts.written, counts.upToDate, counts.locked, counts.images, counts.nanos / 1e9);
  }

  private void evaluateDataset(
      Dataset dataset,
      List<EvaluationJob> jobs,
      Device device,
      Engine engine,
      ExecutorService decoders,
      DecisionRunner runner,
      Counts counts) {
    StimulusSet set = StimulusScanner.scan(dataset, config.imagesOf(dataset));
    List<EvaluationJob> pending = new ArrayList<>();
    for (EvaluationJob job : jobs) {
      if (cache.isCurrent(job, key(job, set))) {
        counts.upToDate++;
      } else {
        pending.add(job);
      }
    }
    if (pending.isEmpty()) {
      listener.info(dataset.name() + ": " + jobs.size() + " trial files up to date");
      return;
    }
    try (DecodedImages images = DecodedImages.start(set, decoders)) {
      for (EvaluationJob job : pending) {
        Optional<DecisionLock> lock = cache.tryLock(job);
        if (lock.isEmpty()) {
          counts.locked++;
          listener.warn(
              "skipping "
                  + job
                  + ": "
                  + DecisionLock.holderOf(cache.lockFile(job))
                  + " is writing "
                  + cache.trialFile(job)
                  + " (lock "
                  + cache.lockFile(job)
                  + ")");
          continue;
        }
        try (DecisionLock held = lock.get()) {
          CacheKey key = key(job, set);
          if (cache.isCurrent(job, key)) {
            counts.upToDate++; // another process finished it meanwhile
            continue;
          }
          long start = System.nanoTime();
          listener.jobStarted(job, set.size());
          List<Trial> trials;
          try (TorchScriptModel model = TorchScriptModel.load(job.model(), device)) {
            trials = runner.run(model, job.model(), images, config.batchSize(), device.isGpu());
          } finally {
            listener.jobFinished(job);
          }
          cache.store(job, trials, manifest(job, key, engine, device));
          counts.written++;
          counts.images += trials.size();
          counts.nanos += System.nanoTime() - start;
        }
      }
    }
  }

  private CacheKey key(EvaluationJob job, StimulusSet set) {
    var input = job.model().input();
    return new CacheKey(
        modelDigest(input.file()),
        set.digest(),
        set.size(),
        input.inputSize(),
        input.mean(),
        input.std(),
        DECISION_RULE + ":" + mapping.digest());
  }

  private ResultManifest manifest(EvaluationJob job, CacheKey key, Engine engine, Device device) {
    return new ResultManifest(
        ResultManifest.FORMAT,
        job.model().id(),
        job.dataset().name(),
        job.model().input().file().toString(),
        key,
        config.toolVersion(),
        engine.getEngineName() + " " + engine.getVersion(),
        Engine.getDjlVersion(),
        device.toString(),
        Instant.now().toString());
  }

  /** The device for {@code choice}: the first GPU when the engine sees one (auto), else the CPU. */
  static Device device(DeviceChoice choice) {
    int gpus = Engine.getEngine(TorchScriptModel.ENGINE).getGpuCount();
    return switch (choice) {
      case CPU -> Device.cpu();
      case GPU -> {
        if (gpus == 0) {
          throw new InvalidInputException(
              "--device gpu: the PyTorch engine sees no GPU; build with -Dgpu so that DJL uses"
                  + " the CUDA libtorch (or set PYTORCH_LIBRARY_PATH)");
        }
        yield Device.gpu();
      }
      case AUTO -> gpus > 0 ? Device.gpu() : Device.cpu();
    };
  }

  private String modelDigest(Path file) {
    return modelDigests.computeIfAbsent(file, Evaluator::sha256);
  }

  static String sha256(Path file) {
    MessageDigest digest = StimulusScanner.sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static final class Counts {
    int written;
    int upToDate;
    int locked;
    long images;
    long nanos;
  }
}
