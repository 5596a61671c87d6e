package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;

/**
 * Everything one evaluation run needs; every path the run touches derives from this record.
 *
 * @param models the models, each with its TorchScript file
 * @param datasets the datasets; kept in registry order whatever order they are given in, so that
 *     the job list, and with it every shard, is the same for every process
 * @param imagesDir one folder per dataset: {@code <imagesDir>/<dataset>/...}
 * @param cacheDir the decision cache; trial files go to {@code <cacheDir>/raw-data/<dataset>/}
 * @param batchSize images per forward pass, fixed or chosen by device (halved on GPU out-of-memory)
 * @param device where to run
 * @param shard the part of the model x dataset jobs this process runs
 * @param decodeThreads threads that decode images while the model runs
 * @param toolVersion the cakebench version recorded in each manifest
 */
public record EvaluationConfig(
    List<ModelSpec> models,
    List<Dataset> datasets,
    Path imagesDir,
    Path cacheDir,
    BatchSize batchSize,
    DeviceChoice device,
    Shard shard,
    int decodeThreads,
    String toolVersion) {

  public EvaluationConfig {
    models = List.copyOf(models);
    datasets = inRegistryOrder(datasets);
    if (decodeThreads < 1) {
      throw new IllegalArgumentException("decode threads must be at least 1, not " + decodeThreads);
    }
  }

  private static List<Dataset> inRegistryOrder(List<Dataset> datasets) {
    List<Dataset> registry = Datasets.all();
    for (Dataset d : datasets) {
      if (!registry.contains(d)) {
        throw new IllegalArgumentException("not a registered dataset: " + d.name());
      }
    }
    return datasets.stream().distinct().sorted(Comparator.comparingInt(registry::indexOf)).toList();
  }

  /** The folder of trial files, {@code <cacheDir>/raw-data}. */
  public Path rawDataDir() {
    return cacheDir.resolve("raw-data");
  }

  /** The image folder of {@code dataset}. */
  public Path imagesOf(Dataset dataset) {
    return imagesDir.resolve(dataset.name());
  }

  /** All model x dataset jobs, dataset by dataset (so each dataset is decoded once), then shard. */
  public List<EvaluationJob> jobs() {
    List<EvaluationJob> all = new ArrayList<>();
    for (Dataset dataset : datasets) {
      for (ModelSpec model : models) {
        all.add(new EvaluationJob(model, dataset));
      }
    }
    return shard.select(all);
  }
}
