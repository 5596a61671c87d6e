package org.cakebench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A folder beside the output folder that a build writes into, swapped into place only when the
 * build completes, so a failed build never leaves a half-written site. Closing it without {@link
 * #publish()} deletes it.
 *
 * <p>Publishing replaces the output folder wholesale, so it only replaces a folder a build made (it
 * carries {@value #MARKER}) or an empty one: {@code --out docs} must never delete a user's
 * documents.
 */
public final class StagingFolder implements AutoCloseable {
  /** The file that marks a folder as a site written by cakebench. */
  public static final String MARKER = ".cakebench-site";

  private final Path target;
  private final Path staging;
  private boolean published;

  private StagingFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Creates an empty staging folder for {@code target} in the same parent (for atomic renames);
   * fails at once if {@code target} is a folder that publishing must not replace.
   */
  public static StagingFolder create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    checkReplaceable(absolute);
    try {
      Files.createDirectories(absolute.getParent());
      Path staging =
          Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
      Files.writeString(staging.resolve(MARKER), "written by cakebench build\n");
      return new StagingFolder(absolute, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a staging folder beside " + absolute, e);
    }
  }

  /** Where the build writes. */
  public Path path() {
    return staging;
  }

  /** Replaces the target folder with the staging folder; on failure the old site stays. */
  public void publish() {
    checkReplaceable(target);
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
        Files.delete(old);
        AtomicFiles.moveIntoPlace(target, old);
      }
      AtomicFiles.moveIntoPlace(staging, target);
      published = true;
    } catch (IOException e) {
      restore(old);
      throw new UncheckedIOException("cannot move the finished site to " + target, e);
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  @Override
  public void close() {
    if (!published) {
      deleteTree(staging);
    }
  }

  private static void checkReplaceable(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new InvalidInputException(target, "the output must be a folder, and this is a file");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
        throw new InvalidInputException(
            target,
            "not a site written by cakebench build (no "
                + MARKER
                + "); refusing to replace it, choose another --out");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target, e);
    }
  }

  /** Puts the previous site back after a failed swap. */
  private void restore(@Nullable Path old) {
    if (old == null || Files.exists(target)) {
      return;
    }
    try {
      AtomicFiles.moveIntoPlace(old, target);
    } catch (IOException e) {
      throw new UncheckedIOException("the previous site is kept in " + old, e);
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
