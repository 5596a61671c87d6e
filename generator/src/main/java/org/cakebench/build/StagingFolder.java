package org.cakebench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cakebench.data.AtomicFiles;

/**
 * A folder beside the output folder that a build writes into, swapped into place only when the
 * build completes, so a failed build never leaves a half-written site. Closing it without {@link
 * #publish()} deletes it.
 */
public final class StagingFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean published;

  private StagingFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Creates an empty staging folder for {@code target} in the same parent (for atomic renames). */
  public static StagingFolder create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.getParent());
      Path staging =
          Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
      return new StagingFolder(absolute, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder beside " + absolute, e);
    }
  }

  /** Where the build writes. */
  public Path path() {
    return staging;
  }

  /** Replaces the target folder with the staging folder. */
  public void publish() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
        Files.delete(old);
        AtomicFiles.moveIntoPlace(target, old);
      }
      AtomicFiles.moveIntoPlace(staging, target);
      published = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the finished site to " + target, e);
    }
  }

  @Override
  public void close() {
    if (!published) {
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
