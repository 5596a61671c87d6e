package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cakebench.data.Category;
import org.cakebench.data.ConditionLabels;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Observers;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.data.TrialCsvWriter;
import org.jspecify.annotations.Nullable;

/**
 * Imports the CNN decision files of the 2019 texture-vs-shape study (Geirhos et al., ICLR 2019;
 * rgeirhos/texture-vs-shape {@code raw-data/}) into the decision cache, so that they appear in the
 * report next to the evaluated models.
 *
 * <p>Experiment folders map to datasets: {@code style-transfer-512-nomask-experiment} is
 * cue-conflict, {@code edge-experiment} edge, {@code silhouette-filled-experiment} silhouette. Each
 * file becomes {@code <raw-data>/<dataset>/<dataset>_<id>_session-1.csv} with {@code subj} set to
 * the id of {@link #OBSERVERS}, {@code imagename} rewritten to the current dataset's image id (e.g.
 * {@code 0001_s5n_dnn_0_airplane_00_airplane1-bicycle2.png} becomes {@code airplane1-bicycle2.png},
 * as in model-vs-human's model files) and condition {@code NaN}. Image ids are checked against the
 * human trials of the same dataset in the cache; trials whose image is not there (or whose category
 * differs) are left out and reported.
 */
public final class TextureVsShapeImport {
  /** Experiment folder (without {@code -trained-CNNs}) to dataset. */
  public static final Map<String, String> EXPERIMENTS =
      Map.of(
          "style-transfer-512-nomask-experiment", "cue-conflict",
          "edge-experiment", "edge",
          "silhouette-filled-experiment", "silhouette");

  /**
   * Observer ids by source: {@code <folder kind>/<model in the file name>}. Files in the plain
   * experiment folders are the paper's Caffe AlexNet, GoogLeNet and VGG-16; files in the {@code
   * -trained-CNNs} folders are torchvision models, those named {@code _train_60_epochs...} trained
   * on Stylized-ImageNet ({@code -sin}).
   */
  public static final Map<String, String> OBSERVERS = observers();

  private static final String TRAINED = "-trained-CNNs";

  private TextureVsShapeImport() {}

  private static Map<String, String> observers() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("caffe/alexnet", "tvs2019-alexnet");
    ids.put("caffe/googlenet", "tvs2019-googlenet");
    ids.put("caffe/vgg", "tvs2019-vgg16");
    ids.put("torchvision/resnet50", "tvs2019-resnet50");
    ids.put("torchvision/resnet101", "tvs2019-resnet101");
    ids.put("torchvision/resnet152", "tvs2019-resnet152");
    ids.put("torchvision/densenet121", "tvs2019-densenet121");
    ids.put("torchvision/squeezenet1_1", "tvs2019-squeezenet1_1");
    ids.put("torchvision/alexnet", "tvs2019-alexnet-torchvision");
    ids.put("torchvision/vgg16", "tvs2019-vgg16-torchvision");
    ids.put("torchvision/oidv2-resnet101", "tvs2019-oidv2-resnet101");
    ids.put("torchvision/resnet50_train_60_epochs", "tvs2019-resnet50-sin");
    ids.put("torchvision/alexnet_train_60_epochs_lr0.001", "tvs2019-alexnet-sin");
    ids.put("torchvision/vgg16_train_60_epochs_lr0.01", "tvs2019-vgg16-sin");
    ids.put("torchvision/densenet121_train_60_epochs", "tvs2019-densenet121-sin");
    ids.put("torchvision/squeezenet1_1_train_60_epochs_lr0.001", "tvs2019-squeezenet1_1-sin");
    return Map.copyOf(ids);
  }

  /** Imports every decision file under {@code sourceDir} into {@code rawDataDir}. */
  public static ImportReport run(Path sourceDir, Path rawDataDir) {
    if (!Files.isDirectory(sourceDir)) {
      throw new InvalidInputException(sourceDir, "not a folder of texture-vs-shape decision files");
    }
    List<ImportReport.Written> written = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Map<String, Category>> references = new HashMap<>();
    Map<Path, Path> sourceOfTarget = new HashMap<>();
    for (Path file : csvFiles(sourceDir)) {
      Destination destination = destination(file, rawDataDir);
      if (destination == null) {
        skipped.add(file + ": not a known 2019 experiment and model");
        continue;
      }
      String dataset = destination.dataset();
      String observer = destination.observer();
      Map<String, Category> reference =
          references.computeIfAbsent(dataset, d -> humanImages(rawDataDir.resolve(d)));
      List<Trial> trials = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Trial t : TrialCsvReader.read(file)) {
        Category expected = reference.get(t.imageId());
        if (expected == null || expected != t.category()) {
          unmatched.add(
              file.getFileName()
                  + ": "
                  + t.imageName()
                  + (expected == null
                      ? " is not an image of " + dataset
                      : " has category "
                          + t.category().label()
                          + ", the dataset says "
                          + expected.label()));
          continue;
        }
        seen.add(t.imageId());
        trials.add(
            new Trial(
                observer,
                1,
                trials.size() + 1,
                Double.NaN,
                t.response(),
                t.category(),
                ConditionLabels.MISSING,
                t.imageId(),
                t.imageId()));
      }
      Path target = destination.file();
      Path earlier = sourceOfTarget.putIfAbsent(target, file);
      if (earlier != null) {
        throw new InvalidInputException(file, "maps to " + target + " like " + earlier);
      }
      if (trials.isEmpty()) {
        skipped.add(file + ": no trial matches an image of " + dataset);
        continue;
      }
      TrialCsvWriter.write(target, trials);
      written.add(
          new ImportReport.Written(
              observer, dataset, file, target, trials.size(), reference.size() - seen.size()));
    }
    return new ImportReport(written, unmatched, skipped);
  }

  /**
   * Whether an earlier import is current: every known decision file under {@code sourceDir} has its
   * imported file in {@code rawDataDir}, written after it. A build then skips the import.
   */
  public static boolean isCurrent(Path sourceDir, Path rawDataDir) {
    try {
      for (Path file : csvFiles(sourceDir)) {
        Destination d = destination(file, rawDataDir);
        if (d != null
            && (!Files.isRegularFile(d.file())
                || Files.getLastModifiedTime(d.file()).compareTo(Files.getLastModifiedTime(file))
                    < 0)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Where one 2019 decision file goes: dataset, observer id and trial file. */
  private record Destination(String dataset, String observer, Path file) {}

  /** The destination of a 2019 decision file, or null if it is no known experiment and model. */
  private static @Nullable Destination destination(Path file, Path rawDataDir) {
    String folder = file.getParent().getFileName().toString();
    boolean torchvision = folder.endsWith(TRAINED);
    String experiment =
        torchvision ? folder.substring(0, folder.length() - TRAINED.length()) : folder;
    String dataset = EXPERIMENTS.get(experiment);
    String model = modelOf(file.getFileName().toString(), experiment);
    String observer =
        model == null ? null : OBSERVERS.get((torchvision ? "torchvision/" : "caffe/") + model);
    if (dataset == null || observer == null) {
      return null;
    }
    Path target =
        rawDataDir.resolve(dataset).resolve(TrialCsvWriter.fileName(dataset, observer, 1));
    return new Destination(dataset, observer, target);
  }

  /** The model part of {@code <experiment>_<model>_session[_-]1.csv}, or null. */
  static String modelOf(String fileName, String experiment) {
    String prefix = experiment + "_";
    for (String suffix : List.of("_session_1.csv", "_session-1.csv")) {
      if (fileName.startsWith(prefix) && fileName.endsWith(suffix)) {
        String model = fileName.substring(prefix.length(), fileName.length() - suffix.length());
        return model.isEmpty() ? null : model;
      }
    }
    return null;
  }

  /** Image id to category over the human trials of one dataset folder. */
  private static Map<String, Category> humanImages(Path folder) {
    Map<String, Category> images = new HashMap<>();
    for (Path file : csvFiles(folder)) {
      for (Trial t : TrialCsvReader.read(file)) {
        if (Observers.isHuman(t.observer())) {
          images.putIfAbsent(t.imageId(), t.category());
        }
      }
    }
    if (images.isEmpty()) {
      throw new InvalidInputException(
          folder,
          "no human trials to match the 2019 image names against; fetch the data first"
              + " (fetch-data) or pass the --cache that holds it");
    }
    return images;
  }

  private static List<Path> csvFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".csv"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
