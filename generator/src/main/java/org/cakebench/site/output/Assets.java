package org.cakebench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.InvalidInputException;

/** Copies the project's {@code assets/} folder (stylesheet, scripts, icon) into the site. */
public final class Assets {
  private Assets() {}

  /** Copies every file under {@code from} to {@code to}; gives the number of files copied. */
  public static int copy(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      throw new InvalidInputException(from, "assets folder not found");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + from, e);
    }
    for (Path file : files) {
      copyFile(file, to.resolve(from.relativize(file).toString()));
    }
    return files.size();
  }

  /** Copies one file atomically, creating folders. */
  static void copyFile(Path source, Path target) {
    AtomicFiles.copy(source, target);
  }
}
