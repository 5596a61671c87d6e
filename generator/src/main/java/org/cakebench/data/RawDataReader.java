package org.cakebench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a raw-data directory laid out as {@code <dir>/<dataset>/*.csv} into {@link RawData}: every
 * observer found, any number of models. Files are streamed row by row into compact per-dataset
 * tables ({@link DatasetTrialsBuilder}); condition labels are normalised per dataset over all its
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
    DatasetTrialsBuilder builder = new DatasetTrialsBuilder(dataset);
    for (Path file : csvFiles(folder)) {
      TrialCsvReader.forEach(
          file,
          (t, line, synthetic) ->
              builder.add(
                  t.observer(),
                  t.imageId(),
                  t.response(),
                  t.category(),
                  t.condition(),
                  file,
                  line,
                  synthetic));
    }
    DatasetTrials trials = builder.build();
    if (dataset.parametric()) {
      trials.images().conditionLabels().stream()
          .filter(label -> dataset.condition(label).isEmpty())
          .forEach(
              label ->
                  notes.accept(
                      dataset.name()
                          + ": condition '"
                          + label
                          + "' is not in the registry; its trials are kept but not plotted"));
    }
    return trials;
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
