package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.cakebench.data.IoErrors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a folder of a dataset's images can be used as one: a folder (links followed, as evaluate
 * follows them) that holds image files and no link leading back into a folder above it. Checked
 * before an extracted archive is moved into place, and before a folder already there counts as
 * fetched: an archive holding only {@code colour -> .} once became a link to itself that stopped
 * evaluate and was never fetched again.
 */
final class DatasetFolder {
  private DatasetFolder() {}

  /** What makes {@code folder} unusable, or null when it is a usable dataset folder. */
  static @Nullable String problem(Path folder) {
    if (!Files.isDirectory(folder)) {
      return "not a folder";
    }
    try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
      // the whole tree, not up to the first image: a loop may lie anywhere
      long images = walk.filter(DatasetFolder::isImage).count();
      return images == 0 ? "holds no image files (.png, .jpg, .jpeg)" : null;
    } catch (UncheckedIOException e) {
      return cause(e.getCause());
    } catch (IOException e) {
      return cause(e);
    }
  }

  private static String cause(IOException e) {
    if (e instanceof FileSystemLoopException loop) {
      return "the symbolic link " + loop.getFile() + " leads back into a folder above it";
    }
    return "cannot read it: " + IoErrors.reason(e);
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))
        && Files.isRegularFile(file);
  }
}
