package org.cakebench.data;

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
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive lock on a lock file ({@link FileChannel#tryLock()}), held by one process (and one
 * holder within it) at a time. Holding it is what counts: the operating system releases it when the
 * process dies, even by {@code kill -9}, so a lock that can be taken proves its last holder gone.
 */
public final class LockFile implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(50);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private LockFile(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code file} (created if missing), or empty when someone else holds it. */
  public static Optional<LockFile> tryAcquire(Path file) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      // Say who holds it, for the message a waiting process prints.
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
      return Optional.of(new LockFile(file, channel, lock));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Takes the lock on {@code file}, waiting up to {@code patience} for its holder; {@code what}
   * names the holder's job in the error that ends the wait.
   */
  public static LockFile acquire(Path file, Duration patience, String what) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Optional<LockFile> lock = tryAcquire(file);
      if (lock.isPresent()) {
        return lock.get();
      }
      if (System.nanoTime() > deadline) {
        throw new InvalidInputException(
            file, what + " holds this lock (" + holderOf(file) + "); try again when it ends");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + file, e);
      }
    }
  }

  /** Who holds {@code file} as its holder wrote it ({@code pid@host}), or "another process". */
  public static String holderOf(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "another process" : text;
    } catch (IOException e) {
      return "another process";
    }
  }

  /**
   * Deletes the lock file, then releases the lock: for a lock that guards something gone with it.
   */
  public void closeAndDelete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a lock file left behind is harmless: the next holder takes it
    }
    close();
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot release the lock on " + file + ": " + IoErrors.reason(e), e);
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held within this process
    }
  }

  private static String holder() {
    return ManagementFactory.getRuntimeMXBean().getName() + "\n";
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }
}
