package org.cakebench.build;

import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.evaluate.BatchSize;
import org.cakebench.evaluate.DeviceChoice;
import org.cakebench.evaluate.EvaluationConfig;
import org.cakebench.evaluate.EvaluationListener;
import org.cakebench.evaluate.Evaluator;
import org.cakebench.evaluate.ModelSelection;
import org.cakebench.evaluate.ModelSpec;
import org.cakebench.evaluate.Shard;

/**
 * The build's evaluate step: runs every catalog model whose TorchScript file exists on every
 * dataset with images, on the GPU when DJL sees one, with the device's automatic batch size (256 on
 * a GPU, 16 on the CPU). Decisions already cached are not recomputed, so a rebuild costs nothing
 * here; without model files DJL is not even started. Published and imported trial files are never
 * overwritten: a catalog model whose id has published decisions (e.g. resnet50) keeps them.
 */
public final class CatalogEvaluation implements ModelEvaluation {
  private final EvaluationListener listener;
  private final String toolVersion;

  /** An evaluate step reporting to {@code listener}; {@code toolVersion} goes into manifests. */
  public CatalogEvaluation(EvaluationListener listener, String toolVersion) {
    this.listener = listener;
    this.toolVersion = toolVersion;
  }

  @Override
  public List<String> run(BuildConfig config, ObserverCatalog catalog) {
    List<ModelSpec> models = ModelSelection.withFiles(catalog);
    if (models.isEmpty()) {
      listener.info("no TorchScript files in models/: using cached and published decisions only");
      return List.of();
    }
    List<Dataset> datasets = ModelSelection.withImages(config.stimuli());
    EvaluationConfig evaluation =
        new EvaluationConfig(
            models,
            datasets,
            config.stimuli(),
            config.dataDir(),
            BatchSize.AUTO,
            DeviceChoice.AUTO,
            Shard.ALL,
            Runtime.getRuntime().availableProcessors(),
            toolVersion);
    new Evaluator(evaluation, listener).run();
    return models.stream().map(ModelSpec::id).toList();
  }
}
