package org.cakebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ModelInput;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.evaluate.BatchSize;
import org.cakebench.evaluate.DeviceChoice;
import org.cakebench.evaluate.EvaluationConfig;
import org.cakebench.evaluate.EvaluationSummary;
import org.cakebench.evaluate.Evaluator;
import org.cakebench.evaluate.ModelSelection;
import org.cakebench.evaluate.ModelSpec;
import org.cakebench.evaluate.ProgressBarListener;
import org.cakebench.evaluate.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cakebench evaluate}: runs TorchScript models on the datasets and caches decisions. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    header = "Run TorchScript models on the stimuli and cache their decisions.",
    description = {
      "Runs TorchScript models (DJL, PyTorch engine; GPU when one is visible) on the datasets'",
      "images and writes each model's 16-class decisions as <cache>/raw-data/<dataset>/",
      "<dataset>_<ID>_session-1.csv, the files analyse and build read. Files whose model file,",
      "images and preprocessing are unchanged are skipped; a lock file keeps two processes apart.",
      "Published or imported decision files are never overwritten: evaluate such a model under",
      "another id (--model resnet50-local=models/resnet50.pt)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Option(
      names = "--model",
      paramLabel = "ID[=PATH]",
      description = {
        "A model to run: ID=PATH.pt, or an id from content/observers.yaml (file models/<id>.pt).",
        "Repeat for several. Default: every catalog model whose TorchScript file exists."
      })
  List<String> models = new ArrayList<>();

  @Option(
      names = "--datasets",
      split = ",",
      paramLabel = "NAME",
      converter = OptionValues.DatasetName.class,
      description = {
        "Datasets to run, e.g. edge,silhouette (default: all with an image folder); they run in",
        "registry order whatever the order given, so shards agree."
      })
  List<Dataset> datasets = new ArrayList<>();

  @Option(
      names = "--images",
      paramLabel = "DIR",
      description = "One folder per dataset (default: data/stimuli).")
  Path images;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Decision cache; files go to DIR/raw-data (default: the data folder).")
  Path cache;

  @Option(
      names = "--batch-size",
      paramLabel = "N|auto",
      defaultValue = "auto",
      converter = OptionValues.Batch.class,
      description = {
        "Images per forward pass; halves on GPU out-of-memory (default: ${DEFAULT-VALUE}:",
        "256 on a GPU, 16 on the CPU)."
      })
  BatchSize batchSize;

  @Option(
      names = "--device",
      paramLabel = "auto|cpu|gpu",
      defaultValue = "auto",
      converter = OptionValues.Device.class,
      description = "Where to run (default: ${DEFAULT-VALUE}: the GPU when DJL sees one).")
  DeviceChoice device;

  @Option(
      names = "--shard",
      paramLabel = "i/n",
      defaultValue = "0/1",
      converter = OptionValues.Part.class,
      description = "Run only shard i of n (0-based) of the model x dataset jobs.")
  Shard shard;

  @Option(
      names = "--decode-threads",
      paramLabel = "N",
      converter = OptionValues.Positive.class,
      description = "Threads decoding images during inference (default: the number of cores).")
  Integer decodeThreads;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Observer catalog (default: content/observers.yaml).")
  Path catalogFile;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Console.quietenEngineLogs();
    Path data = ProjectPaths.data();
    Path catalogPath =
        catalogFile != null ? catalogFile : ProjectPaths.home().resolve("content/observers.yaml");
    ObserverCatalog catalog = ObserverCatalog.load(catalogPath, ProjectPaths.home());
    Path imageDir = images != null ? images : data.resolve("stimuli");
    EvaluationConfig config =
        new EvaluationConfig(
            modelSpecs(catalog),
            datasetList(imageDir),
            imageDir,
            cache != null ? cache : data,
            batchSize,
            device,
            shard,
            decodeThreads != null ? decodeThreads : Runtime.getRuntime().availableProcessors(),
            new Version().getVersion()[0]);
    EvaluationSummary summary =
        new Evaluator(config, new ProgressBarListener(Console::info, Console::warn)).run();
    Console.info(
        String.format(
            Locale.ROOT,
            "wrote %d trial files to %s (%d images, %.1f images/s); %d up to date; %d locked by"
                + " other processes; %d kept (decisions evaluate did not write)",
            summary.written(),
            config.rawDataDir(),
            summary.images(),
            summary.written() == 0 ? 0.0 : summary.imagesPerSecond(),
            summary.upToDate(),
            summary.locked(),
            summary.kept()));
    return 0;
  }

  List<ModelSpec> modelSpecs(ObserverCatalog catalog) {
    List<ModelSpec> specs = new ArrayList<>();
    if (models.isEmpty()) {
      specs.addAll(ModelSelection.withFiles(catalog));
      if (specs.isEmpty()) {
        throw new InvalidInputException(
            "no TorchScript files found for the catalog's models (models/<id>.pt); export them"
                + " with tools/export_torchscript.py or pass --model ID=PATH.pt");
      }
      return specs;
    }
    for (String entry : models) {
      int eq = entry.indexOf('=');
      String id = eq < 0 ? entry : entry.substring(0, eq);
      if (!ModelSpec.isPlainId(id)) {
        throw badModel(entry, "the id '" + id + "' must be a plain name (no /, no comma)");
      }
      if (eq == entry.length() - 1) {
        throw badModel(entry, "no file after '='");
      }
      ModelInput input = catalog.profile(id).model();
      if (input == null) {
        throw badModel(entry, "'" + id + "' is a human observer");
      }
      if (eq >= 0) {
        Path file = Path.of(entry.substring(eq + 1)).toAbsolutePath().normalize();
        input = new ModelInput(file, input.inputSize(), input.mean(), input.std());
      }
      specs.add(new ModelSpec(id, input));
    }
    return specs;
  }

  private ParameterException badModel(String entry, String why) {
    return new ParameterException(
        spec.commandLine(), "Invalid value for option '--model': " + entry + ": " + why);
  }

  List<Dataset> datasetList(Path imageDir) {
    if (!datasets.isEmpty()) {
      return datasets.stream().distinct().toList();
    }
    List<Dataset> present = ModelSelection.withImages(imageDir);
    List<String> absent =
        Datasets.all().stream().filter(d -> !present.contains(d)).map(Dataset::name).toList();
    if (present.isEmpty()) {
      throw new InvalidInputException(
          imageDir, "no dataset image folders; fetch them (fetch-data --images) or pass --images");
    }
    if (!absent.isEmpty()) {
      Console.info(
          "no images for " + String.join(", ", absent) + " under " + imageDir + "; skipped");
    }
    return present;
  }
}
