package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cakebench.data.IoErrors;
import org.cakebench.data.LockFile;

/**
 * An exclusive lock on one trial file's {@code .lock} file ({@link LockFile}), so that two
 * processes sharing a cache never write the same file at once. The lock file stays on disk; holding
 * it is what counts, and the operating system releases it when a process dies.
 */
public final class DecisionLock implements AutoCloseable {
  private final LockFile lock;

  private DecisionLock(LockFile lock) {
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code lockFile}, or returns empty when another process (or thread) holds it.
   */
  public static Optional<DecisionLock> tryAcquire(Path lockFile) {
    Path folder = lockFile.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder + ": " + IoErrors.reason(e), e);
    }
    return LockFile.tryAcquire(lockFile).map(DecisionLock::new);
  }

  /** Who holds {@code lockFile} as its holder wrote it ({@code pid@host}), or "another process". */
  public static String holderOf(Path lockFile) {
    return LockFile.holderOf(lockFile);
  }

  @Override
  public void close() {
    lock.close();
  }
}
