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
 * observer found, any number of models. Rows go one by one into compact per-dataset tables ({@link
 * DatasetTrialsBuilder}), parsed from the CSV or, where the reader keeps a record and a file is
 * unchanged since the last read, taken from the record of its parsed rows ({@link TrialFileCache});
 * condition labels are normalised per dataset over all its files; unknown folders and conditions
 * are reported through the warning sink.
 */
public final class RawDataReader {
  private final Consumer<String> warnings;
  private final boolean recording;

  /**
   * A reader that reports skipped folders and unexpected conditions to {@code warnings} and leaves
   * the folder it reads as it is.
   */
  public RawDataReader(Consumer<String> warnings) {
    this(warnings, false);
  }

  private RawDataReader(Consumer<String> warnings, boolean recording) {
    this.warnings = warnings;
    this.recording = recording;
  }

  /**
   * This reader, keeping a record of each dataset's parsed rows in the raw-data folder ({@link
   * TrialFileCache}), so that the next read parses only the files that changed. For the folder the
   * build keeps its data in, not for a folder the project reads but does not own.
   */
  public RawDataReader recordingParsedRows() {
    return new RawDataReader(warnings, true);
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
    if (recording) {
      TrialFileCache parsed = TrialFileCache.load(folder.toAbsolutePath().getParent(), dataset);
      for (Path file : csvFiles(folder)) {
        parsed.addTo(builder, file);
      }
      parsed.save();
    } else {
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
