package org.cakebench.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one model-vs-human trial CSV ({@code subj,session,trial,rt,object_response,category,
 * condition,imagename}, header names in any case and order, fields trimmed, a byte-order mark
 * ignored) into {@link Trial} records, rejecting bad input with the file and line.
 *
 * <p>Condition labels are returned as written: they are normalised per dataset, over all its files,
 * by {@link DatasetTrialsBuilder}.
 */
public final class TrialCsvReader {
  /** The columns every trial file must have. */
  public static final List<String> COLUMNS =
      List.of(
          "subj",
          "session",
          "trial",
          "rt",
          "object_response",
          "category",
          "condition",
          "imagename");

  /** The column that marks synthetic rehearsal data (any value). */
  public static final String SYNTHETIC = "synthetic";

  /** Receives the trials of a file one by one, as they are read. */
  @FunctionalInterface
  public interface TrialConsumer {
    /**
     * Takes one trial read on {@code line}; {@code synthetic} is true when the file has a {@value
     * #SYNTHETIC} column, the mark of rehearsal data that are not results.
     */
    void accept(Trial trial, long line, boolean synthetic);
  }

  private TrialCsvReader() {}

  /**
   * Reads the trials of {@code file}, keeping condition labels as written; an image that appears
   * twice for one observer is an error naming both lines.
   */
  public static List<Trial> read(Path file) {
    List<Trial> trials = new ArrayList<>();
    Map<String, Map<String, Long>> lineOfImage = new HashMap<>();
    forEach(
        file,
        (trial, line, synthetic) -> {
          Long earlier =
              lineOfImage
                  .computeIfAbsent(trial.observer(), k -> new HashMap<>())
                  .putIfAbsent(trial.imageId(), line);
          if (earlier != null) {
            throw new InvalidInputException(
                file,
                line,
                "image "
                    + trial.imageId()
                    + " appears twice for observer "
                    + trial.observer()
                    + " (first on line "
                    + earlier
                    + ")");
          }
          trials.add(trial);
        });
    return trials;
  }

  /**
   * Streams the trials of {@code file} to {@code consumer}, row by row, keeping condition labels as
   * written. A bad row ends the reading there, naming the file and line: nothing after it is read.
   * Repeated images are left to the caller ({@link DatasetTrialsBuilder} reports them).
   */
  public static void forEach(Path file, TrialConsumer consumer) {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .detectBomHeader(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(file, StandardCharsets.UTF_8)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException(file, 1, "empty file: expected a header " + COLUMNS);
      }
      CsvRecord header = records.next();
      int[] column = columnIndices(file, header);
      boolean synthetic = header.getFields().stream().anyMatch(SYNTHETIC::equalsIgnoreCase);
      if (!records.hasNext()) {
        throw new InvalidInputException(file, 1, "empty file: a header but no trials");
      }
      while (records.hasNext()) {
        CsvRecord record = records.next();
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != header.getFieldCount()) {
          throw new InvalidInputException(
              file,
              line,
              "expected "
                  + header.getFieldCount()
                  + " fields as in the header, found "
                  + record.getFieldCount());
        }
        consumer.accept(parse(file, line, record, column), line, synthetic);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (CsvParseException | UncheckedIOException e) {
      throw new InvalidInputException(file, "malformed CSV: " + e.getMessage());
    }
  }

  private static int[] columnIndices(Path file, CsvRecord header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      byName.putIfAbsent(header.getField(i).strip().toLowerCase(Locale.ROOT), i);
    }
    int[] indices = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      Integer index = byName.get(COLUMNS.get(i));
      if (index == null) {
        throw new InvalidInputException(
            file, 1, "missing column '" + COLUMNS.get(i) + "'; the header must name " + COLUMNS);
      }
      indices[i] = index;
    }
    return indices;
  }

  private static Trial parse(Path file, long line, CsvRecord r, int[] c) {
    String imageName = r.getField(c[7]).strip();
    if (imageName.isEmpty()) {
      throw new InvalidInputException(file, line, "empty imagename");
    }
    return new Trial(
        r.getField(c[0]).strip(),
        parseInt(file, line, "session", r.getField(c[1]).strip()),
        parseInt(file, line, "trial", r.getField(c[2]).strip()),
        parseDouble(file, line, r.getField(c[3]).strip()),
        parseResponse(file, line, r.getField(c[4]).strip()),
        parseCategory(file, line, "category", r.getField(c[5]).strip()),
        r.getField(c[6]).strip(),
        imageName,
        ImageIds.of(imageName));
  }

  private static @Nullable Category parseResponse(Path file, long line, String value) {
    return Category.NO_ANSWER.equals(value)
        ? null
        : parseCategory(file, line, "object_response", value);
  }

  private static Category parseCategory(Path file, long line, String column, String value) {
    return Category.fromLabel(value)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    file,
                    line,
                    "unknown "
                        + column
                        + " '"
                        + value
                        + "': not one of the 16 categories"
                        + (column.equals("object_response") ? " or 'na'" : "")));
  }

  private static int parseInt(Path file, long line, String column, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          file, line, column + " is not a whole number: '" + value + "'");
    }
  }

  private static double parseDouble(Path file, long line, String value) {
    if (value.isEmpty() || value.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(file, line, "rt is not a number: '" + value + "'");
    }
  }
}
