package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on one trial file's {@code .lock} file ({@link FileChannel#tryLock()}), so that
 * two processes sharing a cache never write the same file at once. The lock file stays on disk;
 * holding it is what counts, and the operating system releases it when a process dies.
 */
public final class DecisionLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DecisionLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code lockFile}, or returns empty when another process (or thread) holds it.
   */
  public static Optional<DecisionLock> tryAcquire(Path lockFile) {
    FileChannel channel = null;
    try {
      Files.createDirectories(lockFile.toAbsolutePath().getParent());
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      // Say who holds it, for the message another process prints.
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
      return Optional.of(new DecisionLock(channel, lock));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  /** Who holds {@code lockFile} as its holder wrote it ({@code pid@host}), or "another process". */
  public static String holderOf(Path lockFile) {
    try {
      String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "another process" : text;
    } catch (IOException e) {
      return "another process";
    }
  }

  private static String holder() {
    return ManagementFactory.getRuntimeMXBean().getName() + "\n";
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release lock", e);
    }
  }
}
