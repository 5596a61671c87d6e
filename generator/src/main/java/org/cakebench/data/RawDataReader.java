package org.cakebench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a raw-data directory laid out as {@code <dir>/<dataset>/*.csv} into {@link RawData}: every
 * observer found, any number of models. Condition labels are normalised per dataset over all its
 * files; unknown folders and conditions are reported through the warning sink.
 */
public final class RawDataReader {
  private final Consumer<String> warnings;

  /** A reader that reports skipped folders and unexpected conditions to {@code warnings}. */
  public RawDataReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** Reads every dataset folder under {@code rawDataDir}. */
  public RawData read(Path rawDataDir) {
    if (!Files.isDirectory(rawDataDir)) {
      throw new InvalidInputException(rawDataDir, "raw-data directory not found");
    }
    reportUnknownFolders(rawDataDir);
    List<Dataset> present =
        Datasets.all().stream()
            .filter(d -> Files.isDirectory(rawDataDir.resolve(d.name())))
            .toList();
    // Datasets are read in parallel; their notes are collected and reported in registry order.
    List<Map.Entry<DatasetTrials, List<String>>> read =
        present.parallelStream()
            .map(
                d -> {
                  List<String> notes = new ArrayList<>();
                  return Map.entry(readDataset(d, rawDataDir.resolve(d.name()), notes::add), notes);
                })
            .toList();
    read.forEach(e -> e.getValue().forEach(warnings));
    return new RawData(
        read.stream().map(Map.Entry::getKey).filter(d -> !d.observers().isEmpty()).toList());
  }

  /** Reads the CSV files of one dataset folder. */
  public DatasetTrials readDataset(Dataset dataset, Path folder) {
    return readDataset(dataset, folder, warnings);
  }

  private DatasetTrials readDataset(Dataset dataset, Path folder, Consumer<String> notes) {
    List<Path> files = csvFiles(folder);
    Map<String, List<Trial>> byObserver = new LinkedHashMap<>();
    Map<String, Set<Path>> filesOf = new HashMap<>();
    Map<String, Path> fileOfImage = new HashMap<>();
    Set<String> rawConditions = new LinkedHashSet<>();
    for (Path file : files) {
      for (Trial trial : TrialCsvReader.read(file)) {
        Path earlier = fileOfImage.putIfAbsent(TrialCsvReader.observerImage(trial), file);
        if (earlier != null && !earlier.equals(file)) {
          throw new InvalidInputException(
              file,
              "image "
                  + trial.imageId()
                  + " of observer "
                  + trial.observer()
                  + " is already in "
                  + earlier);
        }
        rawConditions.add(trial.condition());
        byObserver.computeIfAbsent(trial.observer(), k -> new ArrayList<>()).add(trial);
        filesOf.computeIfAbsent(trial.observer(), k -> new LinkedHashSet<>()).add(file);
      }
    }
    Map<String, String> labels = ConditionLabels.normalise(rawConditions);
    if (dataset.parametric()) {
      labels.values().stream()
          .distinct()
          .filter(label -> dataset.condition(label).isEmpty())
          .forEach(
              label ->
                  notes.accept(
                      dataset.name()
                          + ": condition '"
                          + label
                          + "' is not in the registry; its trials are kept but not plotted"));
    }
    List<ObserverTrials> observers = new ArrayList<>();
    byObserver.forEach(
        (observer, trials) ->
            observers.add(
                new ObserverTrials(
                    observer,
                    trials.stream().map(t -> t.withCondition(labels.get(t.condition()))).toList(),
                    List.copyOf(filesOf.get(observer)))));
    observers.sort(
        Comparator.comparing((ObserverTrials o) -> !o.human())
            .thenComparing(ObserverTrials::observer));
    return new DatasetTrials(dataset, observers);
  }

  private static List<Path> csvFiles(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private void reportUnknownFolders(Path rawDataDir) {
    try (Stream<Path> list = Files.list(rawDataDir)) {
      list.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> Datasets.byName(name).isEmpty())
          .sorted()
          .forEach(
              name ->
                  warnings.accept(
                      "skipping " + rawDataDir.resolve(name) + ": not a known dataset"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + rawDataDir, e);
    }
  }
}
