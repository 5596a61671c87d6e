package org.cakebench.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ModelInput;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.jspecify.annotations.Nullable;

/**
 * Finds where every observer of the report stands: each one {@code observers.yaml} lists and each
 * model found only in the data. Per dataset it tells published, evaluated, dropped-in, stale and
 * missing decisions apart, the way evaluate tells trial files apart ({@link DecisionCache}); a file
 * evaluate wrote is stale when its manifest no longer matches the model file, the images, the
 * catalog's input settings or the decision rule, or when the trial file changed since. Model files
 * and image sets are hashed only where a manifest needs comparing, so with nothing evaluated the
 * check reads no more than the trials it is given.
 */
public final class ModelStatusCheck {
  private static final String FETCH = "./cakebench fetch-data";
  private static final String FETCH_IMAGES = "./cakebench fetch-data --images";

  private final ObserverCatalog catalog;
  private final RawData trials;
  private final DecisionCache cache;
  private final Path imagesDir;
  private final Set<String> published = DecisionCache.publishedTrialFiles();
  private final SixteenClassMapping mapping = SixteenClassMapping.standard();
  private final Map<Path, String> modelDigests = new HashMap<>();
  private final Map<Dataset, Optional<String>> imageDigests = new HashMap<>();

  private ModelStatusCheck(
      ObserverCatalog catalog, RawData trials, Path rawDataDir, Path imagesDir) {
    this.catalog = catalog;
    this.trials = trials;
    this.cache = new DecisionCache(rawDataDir);
    this.imagesDir = imagesDir;
  }

  /**
   * The status of every observer: the catalog's in file order, then models found only in {@code
   * trials} (read from {@code rawDataDir}); {@code imagesDir} holds one image folder per dataset.
   */
  public static ModelStatusReport run(
      ObserverCatalog catalog, RawData trials, Path rawDataDir, Path imagesDir) {
    ModelStatusCheck check = new ModelStatusCheck(catalog, trials, rawDataDir, imagesDir);
    List<ObserverStatus> statuses = new ArrayList<>();
    catalog.listed().forEach(p -> statuses.add(check.status(p)));
    for (String id : trials.models()) {
      if (!catalog.isListed(id)) {
        statuses.add(check.status(catalog.profile(id)));
      }
    }
    return new ModelStatusReport(Datasets.all(), statuses);
  }

  private ObserverStatus status(ObserverProfile profile) {
    ModelInput input = profile.model();
    Map<Dataset, DecisionSource> decisions = new LinkedHashMap<>();
    Map<Dataset, String> staleReasons = new LinkedHashMap<>();
    List<Boolean> modelHashesMatch = new ArrayList<>();
    for (Dataset dataset : Datasets.all()) {
      decisions.put(
          dataset,
          input == null
              ? humanSource(profile.id(), dataset)
              : modelSource(profile.id(), input, dataset, staleReasons, modelHashesMatch));
    }
    ModelFileState file = fileState(input, modelHashesMatch);
    Readiness readiness = readiness(decisions, file);
    String next =
        input == null
            ? (decisions.containsValue(DecisionSource.MISSING) ? FETCH : null)
            : nextStep(profile, input, decisions, file);
    return new ObserverStatus(
        profile.id(),
        profile.name(),
        profile.group(),
        profile.inPaper(),
        profile.listed(),
        input == null ? null : input.file(),
        file,
        decisions,
        staleReasons,
        readiness,
        next);
  }

  private DecisionSource humanSource(String id, Dataset dataset) {
    Optional<DatasetTrials> data = trials.dataset(dataset);
    List<ObserverTrials> humans =
        data.map(d -> id.equals(Observers.HUMANS) ? d.humans() : d.observer(id).stream().toList())
            .orElse(List.of());
    if (humans.isEmpty()) {
      return DecisionSource.MISSING;
    }
    boolean isPublished =
        humans.stream().flatMap(h -> h.sources().stream()).anyMatch(f -> isPublished(dataset, f));
    return isPublished ? DecisionSource.PUBLISHED : DecisionSource.DROPPED_IN;
  }

  private DecisionSource modelSource(
      String id,
      ModelInput input,
      Dataset dataset,
      Map<Dataset, String> staleReasons,
      List<Boolean> modelHashesMatch) {
    Optional<ObserverTrials> found = trials.dataset(dataset).flatMap(d -> d.observer(id));
    if (found.isEmpty()) {
      return DecisionSource.MISSING;
    }
    List<Path> sources = found.get().sources();
    if (sources.stream().anyMatch(f -> isPublished(dataset, f))) {
      return DecisionSource.PUBLISHED;
    }
    EvaluationJob job = job(id, input, dataset);
    boolean written =
        job != null
            && Files.exists(cache.manifestFile(job))
            && sources.stream().anyMatch(f -> sameFile(f, cache.trialFile(job)));
    if (!written) {
      return DecisionSource.DROPPED_IN;
    }
    Optional<String> reason = staleness(job, input, modelHashesMatch);
    reason.ifPresent(r -> staleReasons.put(dataset, r));
    return reason.isPresent() ? DecisionSource.STALE : DecisionSource.EVALUATED;
  }

  /** Why the trial file evaluate wrote for {@code job} is not current, if it is not. */
  private Optional<String> staleness(
      EvaluationJob job, ModelInput input, List<Boolean> modelHashesMatch) {
    Optional<ResultManifest> manifest = cache.manifest(job);
    if (manifest.isEmpty()) {
      return Optional.of("its manifest is unreadable or of an older format");
    }
    CacheKey key = manifest.get().key();
    String recorded = manifest.get().trialsSha256();
    if (recorded == null) {
      return Optional.of("its evaluation did not finish");
    }
    if (!recorded.equals(DecisionCache.sha256(cache.trialFile(job)))) {
      return Optional.of("the trial file changed after evaluate wrote it");
    }
    if (Files.isRegularFile(input.file())) {
      boolean same = key.modelSha256().equals(modelDigest(input.file()));
      modelHashesMatch.add(same);
      if (!same) {
        return Optional.of("the model file changed");
      }
    }
    if (key.inputSize() != input.inputSize()
        || !key.mean().equals(input.mean())
        || !key.std().equals(input.std())) {
      return Optional.of("the catalog's input size or normalisation changed");
    }
    if (!key.decisionRule().equals(CacheKey.decisionRule(mapping))) {
      return Optional.of("the 16-class decision rule changed");
    }
    Optional<String> images = imageDigest(job.dataset());
    if (images.isPresent() && !images.get().equals(key.imageSetDigest())) {
      return Optional.of("the images changed");
    }
    return Optional.empty();
  }

  private static ModelFileState fileState(
      @Nullable ModelInput input, List<Boolean> modelHashesMatch) {
    if (input == null) {
      return ModelFileState.NOT_A_MODEL;
    }
    if (!Files.isRegularFile(input.file())) {
      return ModelFileState.ABSENT;
    }
    if (modelHashesMatch.isEmpty()) {
      return ModelFileState.PRESENT;
    }
    return modelHashesMatch.contains(false) ? ModelFileState.DIFFERS : ModelFileState.MATCHES;
  }

  private static Readiness readiness(Map<Dataset, DecisionSource> decisions, ModelFileState file) {
    if (decisions.containsValue(DecisionSource.STALE)) {
      return Readiness.STALE;
    }
    long with = decisions.values().stream().filter(DecisionSource::hasDecisions).count();
    if (with == decisions.size()) {
      return Readiness.COMPLETE;
    }
    if (with > 0) {
      return Readiness.PARTIAL;
    }
    return file.exists() ? Readiness.TO_EVALUATE : Readiness.MISSING;
  }

  /**
   * The command line that brings a model further: fetch the published data when its files are
   * missing, export the model file when there is none (the paper's models with {@code
   * export_torchscript.py all}), fetch images for datasets without them, then evaluate.
   */
  private @Nullable String nextStep(
      ObserverProfile profile,
      ModelInput input,
      Map<Dataset, DecisionSource> decisions,
      ModelFileState file) {
    List<String> steps = new ArrayList<>();
    boolean evaluate = false;
    boolean needImages = false;
    boolean fetch = false;
    for (var entry : decisions.entrySet()) {
      Dataset dataset = entry.getKey();
      DecisionSource source = entry.getValue();
      EvaluationJob job = job(profile.id(), input, dataset);
      boolean publishedName = job != null && cache.owner(job) == DecisionCache.Owner.PUBLISHED;
      if (source == DecisionSource.MISSING && publishedName) {
        fetch = true;
      } else if (source == DecisionSource.STALE
          || (source == DecisionSource.MISSING && job != null)) {
        evaluate = true;
        needImages |= !Files.isDirectory(imagesDir.resolve(dataset.name()));
      }
    }
    if (fetch) {
      steps.add(FETCH);
    }
    if (evaluate && !file.exists()) {
      boolean hasDecisions = decisions.values().stream().anyMatch(DecisionSource::hasDecisions);
      if (profile.inPaper()) {
        steps.add("python tools/export_torchscript.py all --models " + profile.id());
      } else if (TextureVsShapeImport.OBSERVERS.containsValue(profile.id())) {
        // the 2019 CNNs exist as decision files only: importing them is all there is to do
        evaluate = false;
        if (!hasDecisions) {
          steps.add("./cakebench import --texture-vs-shape DIR");
        }
      } else if (hasDecisions) {
        evaluate = false; // decisions dropped in without a model file: nothing to run
      } else {
        steps.add("export a TorchScript file to " + input.file() + " (README: Add your own model)");
      }
    }
    if (evaluate) {
      if (needImages) {
        steps.add(FETCH_IMAGES);
      }
      steps.add("./cakebench evaluate --model " + profile.id());
    }
    return steps.isEmpty() ? null : String.join(" && ", steps);
  }

  private boolean isPublished(Dataset dataset, Path file) {
    return published.contains(dataset.name() + "/" + file.getFileName());
  }

  /** The job of a model id on a dataset, or null for ids evaluate cannot store (e.g. with "/"). */
  private static @Nullable EvaluationJob job(String id, ModelInput input, Dataset dataset) {
    try {
      return new EvaluationJob(new ModelSpec(id, input), dataset);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private String modelDigest(Path file) {
    return modelDigests.computeIfAbsent(file, DecisionCache::sha256);
  }

  private Optional<String> imageDigest(Dataset dataset) {
    return imageDigests.computeIfAbsent(
        dataset,
        d -> {
          Path folder = imagesDir.resolve(d.name());
          if (!Files.isDirectory(folder)) {
            return Optional.empty();
          }
          try {
            return Optional.of(StimulusScanner.scan(d, folder).digest());
          } catch (InvalidInputException e) {
            return Optional.empty();
          }
        });
  }
}
