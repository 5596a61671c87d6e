package org.cakebench.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cakebench.data.AtomicFiles;

/**
 * The ids of the figures a run wrote, kept as one id per line in {@code figures/.figures-index}.
 * Takes the folder and the ids of this run; deletes the files of the figures the previous run
 * listed and this one no longer draws, and nothing else, so that files someone else put in the
 * folder survive.
 */
final class FigureIndex {
  /** The index file's name inside the figures folder. */
  static final String FILE = ".figures-index";

  private static final List<String> EXTENSIONS = List.of(".svg", ".png", ".csv");
  // Figure ids are file stems without folders; anything else in the index was not written by us.
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private FigureIndex() {}

  /**
   * Removes the figures of the previous run that {@code current} does not list, then records it.
   */
  static void update(Path folder, List<String> current) {
    Set<String> keep = Set.copyOf(current);
    for (String id : previous(folder)) {
      if (!keep.contains(id)) {
        delete(folder, id);
      }
    }
    AtomicFiles.writeString(folder.resolve(FILE), String.join("\n", current) + "\n");
  }

  /** The ids the previous run recorded, or none when there is no index. */
  static List<String> previous(Path folder) {
    Path index = folder.resolve(FILE);
    if (!Files.isRegularFile(index)) {
      return List.of();
    }
    try {
      List<String> ids = new ArrayList<>();
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (ID.matcher(id).matches()) {
          ids.add(id);
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + index, e);
    }
  }

  private static void delete(Path folder, String id) {
    for (String extension : EXTENSIONS) {
      Path file = folder.resolve(id + extension);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the stale figure " + file, e);
      }
    }
  }
}
