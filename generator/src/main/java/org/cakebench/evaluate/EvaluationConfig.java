package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;

/**
 * Everything one evaluation run needs; every path the run touches derives from this record.
 *
 * @param models the models, each with its TorchScript file
 * @param datasets the datasets, in registry order
 * @param imagesDir one folder per dataset: {@code <imagesDir>/<dataset>/...}
 * @param cacheDir the decision cache; trial files go to {@code <cacheDir>/raw-data/<dataset>/}
 * @param batchSize images per forward pass (lowered automatically on GPU out-of-memory)
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
    int batchSize,
    DeviceChoice device,
    Shard shard,
    int decodeThreads,
    String toolVersion) {

  public EvaluationConfig {
    models = List.copyOf(models);
    datasets = List.copyOf(datasets);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    if (decodeThreads < 1) {
      throw new IllegalArgumentException("decode threads must be at least 1, not " + decodeThreads);
    }
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
