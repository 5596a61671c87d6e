package org.cakebench.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one model-vs-human trial CSV ({@code subj,session,trial,rt,object_response,category,
 * condition,imagename}, header names in any case and order) into {@link Trial} records, rejecting
 * bad input with the file and line.
 *
 * <p>Condition labels are returned as written: they are normalised per dataset, over all its files,
 * by {@link RawDataReader}.
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

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

  private TrialCsvReader() {}

  /** Reads the trials of {@code file}, keeping condition labels as written. */
  public static List<Trial> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException(file, 1, "empty file: expected a header " + COLUMNS);
      }
      CSVRecord header = records.next();
      int[] column = columnIndices(file, header);
      List<Trial> trials = new ArrayList<>();
      Map<String, Long> lineOfImage = new HashMap<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          throw new InvalidInputException(
              file,
              line,
              "expected " + header.size() + " fields as in the header, found " + record.size());
        }
        Trial trial = parse(file, line, record, column);
        Long earlier = lineOfImage.putIfAbsent(observerImage(trial), line);
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
      }
      if (trials.isEmpty()) {
        throw new InvalidInputException(file, 1, "empty file: a header but no trials");
      }
      return trials;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (IllegalStateException | UncheckedIOException e) {
      // commons-csv reports malformed quoting this way
      throw new InvalidInputException(file, "malformed CSV: " + e.getMessage());
    }
  }

  static String observerImage(Trial trial) {
    return trial.observer() + '\u0000' + trial.imageId();
  }

  private static int[] columnIndices(Path file, CSVRecord header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
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

  private static Trial parse(Path file, long line, CSVRecord r, int[] c) {
    String imageName = r.get(c[7]);
    if (imageName.isEmpty()) {
      throw new InvalidInputException(file, line, "empty imagename");
    }
    return new Trial(
        r.get(c[0]),
        parseInt(file, line, "session", r.get(c[1])),
        parseInt(file, line, "trial", r.get(c[2])),
        parseDouble(file, line, r.get(c[3])),
        parseResponse(file, line, r.get(c[4])),
        parseCategory(file, line, "category", r.get(c[5])),
        r.get(c[6]),
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
