package org.cakebench.evaluate;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.cakebench.data.Dataset;
import org.cakebench.data.Trial;

/**
 * Runs an {@link EvaluationConfig}: sets aside the jobs whose trial file evaluate did not write
 * (published or imported decisions, never overwritten), then for each dataset of this shard's jobs
 * scans and digests its images, skips the jobs whose cached trial file is current, decodes the
 * images once (on worker threads, overlapped with the first model) and runs every remaining model
 * over them, each under its file lock, writing trial file and manifest.
 */
public final class Evaluator {
  private final EvaluationConfig config;
  private final EvaluationListener listener;
  private final DecisionCache cache;
  private final SixteenClassMapping mapping = SixteenClassMapping.standard();
  private final Map<Path, String> modelDigests = new HashMap<>();

  /** An evaluator for {@code config} that reports to {@code listener}. */
  public Evaluator(EvaluationConfig config, EvaluationListener listener) {
    this(config, listener, new DecisionCache(config.rawDataDir()));
  }

  /** An evaluator writing to {@code cache} (tests: a cache that stops between its writes). */
  Evaluator(EvaluationConfig config, EvaluationListener listener, DecisionCache cache) {
    this.config = config;
    this.listener = listener;
    this.cache = cache;
  }

  /** Runs every job of the configured shard. */
  public EvaluationSummary run() {
    List<EvaluationJob> shard = config.jobs();
    if (shard.isEmpty()) {
      listener.info("shard " + config.shard() + " has no jobs");
      return new EvaluationSummary(0, 0, 0, 0, 0, 0);
    }
    // Fail on a bad model file before spending time on images.
    shard.stream()
        .map(j -> j.model().input().file())
        .distinct()
        .forEach(TorchScriptModel::checkFile);
    Counts counts = new Counts();
    List<EvaluationJob> jobs = ProtectedTrialFiles.writable(shard, cache, listener);
    counts.kept = shard.size() - jobs.size();
    if (jobs.isEmpty()) {
      return counts.summary();
    }
    Engine engine = Engine.getEngine(TorchScriptModel.ENGINE);
    Device device =
        DeviceSelection.select(
            config.device(), engine.getGpuCount(), DeviceSelection.cudaHint(), listener);
    int batch = config.batchSize().images(device.isGpu());
    listener.info(
        "DJL "
            + Engine.getDjlVersion()
            + ", "
            + engine.getEngineName()
            + " "
            + engine.getVersion()
            + " engine on "
            + device
            + ", batch "
            + batch
            + (config.batchSize().auto() ? " (auto)" : "")
            + "; "
            + jobs.size()
            + " jobs in shard "
            + config.shard());
    Map<Dataset, List<EvaluationJob>> byDataset = new LinkedHashMap<>();
    jobs.forEach(j -> byDataset.computeIfAbsent(j.dataset(), d -> new ArrayList<>()).add(j));
    ExecutorService decoders =
        Executors.newFixedThreadPool(config.decodeThreads(), daemon("decode"));
    ExecutorService assembler =
        Executors.newFixedThreadPool(config.decodeThreads(), daemon("batch"));
    try {
      DecisionRunner runner = new DecisionRunner(mapping, assembler, listener);
      Run run = new Run(device, engine, batch, decoders, runner, counts);
      for (var entry : byDataset.entrySet()) {
        evaluateDataset(entry.getKey(), entry.getValue(), run);
      }
    } finally {
      decoders.shutdownNow();
      assembler.shutdownNow();
    }
    return counts.summary();
  }

  private void evaluateDataset(Dataset dataset, List<EvaluationJob> jobs, Run run) {
    Counts counts = run.counts();
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
    Set<Integer> sizes = new TreeSet<>();
    pending.forEach(j -> sizes.add(j.model().input().inputSize()));
    try (DecodedImages images = DecodedImages.start(set, sizes, run.decoders())) {
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
          if (!ProtectedTrialFiles.writable(job, cache, listener)) {
            counts.kept++; // placed there meanwhile, e.g. by fetch-data
            continue;
          }
          cache.removeLeftovers(job); // of a killed run; the lock keeps every writer out

          CacheKey key = key(job, set);
          if (cache.isCurrent(job, key)) {
            counts.upToDate++; // another process finished it meanwhile
            continue;
          }
          long start = System.nanoTime();
          listener.jobStarted(job, set.size());
          List<Trial> trials;
          try (TorchScriptModel model = TorchScriptModel.load(job.model(), run.device())) {
            trials =
                run.runner().run(model, job.model(), images, run.batch(), run.device().isGpu());
          } finally {
            listener.jobFinished(job);
          }
          cache.store(job, trials, manifest(job, key, run.engine(), run.device()));
          counts.written++;
          counts.images += trials.size();
          counts.nanos += System.nanoTime() - start;
        }
      }
    }
  }

  private CacheKey key(EvaluationJob job, StimulusSet set) {
    var input = job.model().input();
    return CacheKey.of(input, modelDigest(input.file()), set, mapping);
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
        Instant.now().toString(),
        null);
  }

  private String modelDigest(Path file) {
    return modelDigests.computeIfAbsent(file, DecisionCache::sha256);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** What every job of one run shares. */
  private record Run(
      Device device,
      Engine engine,
      int batch,
      ExecutorService decoders,
      DecisionRunner runner,
      Counts counts) {}

  private static final class Counts {
    int written;
    int upToDate;
    int locked;
    int kept;
    long images;
    long nanos;

    EvaluationSummary summary() {
      return new EvaluationSummary(written, upToDate, locked, kept, images, nanos / 1e9);
    }
  }
}
