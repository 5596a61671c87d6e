package org.cakebench.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a crash never leaves a half-written one: content goes to a temporary file
 * beside the target, which is then renamed over it.
 */
public final class AtomicFiles {
  private static final String TMP = ".tmp";
  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> READABLE_BY_ALL =
      PosixFilePermissions.fromString("r--r--r--");
  // Whether each folder's file store has POSIX permissions (see makeReadable).
  private static final Map<Path, Boolean> POSIX = new ConcurrentHashMap<>();

  private AtomicFiles() {}

  /** Something that writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code content} to {@code target} atomically, creating parent folders. */
  public static void write(Path target, Content content) {
    replace(
        target,
        temp -> {
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            content.writeTo(out);
          }
        });
  }

  /**
   * Copies {@code source} to {@code target} atomically, creating parent folders. The kernel copies
   * the bytes (Files.copy between two paths), which takes half the time of passing them through a
   * stream: a report of a hundred models offers 1,700 decision files for download.
   */
  public static void copy(Path source, Path target) {
    replace(target, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
  }

  /**
   * Gives {@code target} the content of {@code source}, atomically, creating parent folders: as a
   * second name of the same file (a hard link) where that is safe, else as a copy. A hard link
   * costs no bytes and no new file, which matters for the thousands of decision files a report of a
   * hundred models offers. It is used only for a source on the same file system that every user may
   * read and only its owner write (the link shares its permissions); callers must pass a source
   * that is replaced, never rewritten in place, as every file written here is.
   */
  public static void link(Path source, Path target) {
    // The file itself: a link made to a symbolic link would be one, and a relative one would point
    // elsewhere from the target's folder.
    Path file = realFile(source);
    Path parent = target.toAbsolutePath().getParent();
    // Named as write names its temporary files, so that removeLeftovers finds a left-over one.
    Path temp =
        parent.resolve(
            "."
                + target.getFileName()
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                + TMP);
    try {
      Files.createDirectories(parent);
      if (file == null || !shareable(file) || !linked(temp, file)) {
        copy(source, target);
        return;
      }
      try {
        moveIntoPlace(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.reason(e), e);
    }
  }

  /** The file {@code path} names, symbolic links followed; null if there is none. */
  private static Path realFile(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return null; // the copy says what is wrong
    }
  }

  /**
   * Whether everyone may read {@code file} and only its owner write it: the published name shares
   * these permissions, and a download anyone could rewrite would rewrite the data with it.
   */
  private static boolean shareable(Path file) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      return permissions.containsAll(READABLE_BY_ALL)
          && !permissions.contains(PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Whether {@code link} became a second name of {@code file}: not across file systems, nor on one
   * without links, where a copy says the same.
   */
  private static boolean linked(Path link, Path file) {
    try {
      Files.createLink(link, file);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Fills a temporary file. */
  @FunctionalInterface
  private interface Fill {
    void into(Path temp) throws IOException;
  }

  /** Fills a temporary file beside {@code target}, then renames it over the target. */
  private static void replace(Path target, Fill fill) {
    Path parent = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, "." + target.getFileName(), TMP);
      try {
        fill.into(temp);
        makeReadable(temp);
        moveIntoPlace(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Temporary files are created private (rw-------); the files we publish (data, figures, pages)
   * must be readable like any other file: rw-r--r--.
   */
  private static void makeReadable(Path file) throws IOException {
    // Finding a file's store reads the table of mounts, a third of the cost of writing a small
    // file, and a report of a hundred models writes thousands: it is asked once per folder.
    Path folder = file.getParent();
    Boolean posix = POSIX.get(folder);
    if (posix == null) {
      posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
      POSIX.put(folder, posix);
    }
    if (posix) {
      Files.setPosixFilePermissions(file, READABLE);
    }
  }

  /**
   * Deletes the temporary files that writes of {@code target} killed midway left beside it (the
   * names {@link #write} gives them, nothing else). Call it only while holding the lock that keeps
   * other writers of {@code target} out, or it may delete a file another process is writing.
   */
  public static void removeLeftovers(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      return;
    }
    // Files.createTempFile's names: the prefix, a random unsigned long, the suffix.
    Pattern temporary =
        Pattern.compile(Pattern.quote("." + target.getFileName()) + "[0-9]+" + Pattern.quote(TMP));
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : siblings.toList()) {
        if (temporary.matcher(p.getFileName().toString()).matches()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove temporary files in " + parent + ": " + IoErrors.reason(e), e);
    }
  }

  /** Writes {@code text} as UTF-8 to {@code target} atomically. */
  public static void writeString(Path target, String text) {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Renames {@code source} to {@code target}, atomically where the file system can. */
  public static void moveIntoPlace(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
