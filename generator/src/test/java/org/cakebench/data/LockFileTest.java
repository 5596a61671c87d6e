package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
  @TempDir Path dir;

  @Test
  void aLockIsHeldByOneHolderAtATimeAndSaysWhoHoldsIt() {
    Path file = dir.resolve("decisions.lock");
    try (LockFile lock = LockFile.tryAcquire(file).orElseThrow()) {
      assertThat(LockFile.tryAcquire(file)).isEmpty();
      assertThat(LockFile.holderOf(file))
          .startsWith(ProcessHandle.current().pid() + "@")
          .doesNotEndWith("\n");
    }
    Optional<LockFile> again = LockFile.tryAcquire(file);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void closeAndDeleteRemovesTheFileAndReleasesTheLock() {
    Path file = dir.resolve("part.lock");
    LockFile.tryAcquire(file).orElseThrow().closeAndDelete();
    assertThat(file).doesNotExist();
    LockFile.tryAcquire(file).orElseThrow().closeAndDelete();
  }

  @Test
  void closeAndDeleteAlsoReleasesTheLockOnTheFileItself() throws IOException {
    // A second name (hard link) keeps the deleted file alive: it can be locked again only if the
    // lock was released, not merely its name removed.
    Path file = dir.resolve("job.lock");
    LockFile lock = LockFile.tryAcquire(file).orElseThrow();
    Path otherName = Files.createLink(dir.resolve("job-link.lock"), file);
    lock.closeAndDelete();
    Optional<LockFile> again = LockFile.tryAcquire(otherName);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void aHolderThatWroteNothingIsAnotherProcess() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.lock"), "\n");
    assertThat(LockFile.holderOf(empty)).isEqualTo("another process");
    assertThat(LockFile.holderOf(dir.resolve("missing.lock"))).isEqualTo("another process");
  }

  @Test
  void waitingEndsWithAnErrorNamingTheHolderOnceThePatienceIsSpent() {
    Path file = dir.resolve("evaluate.lock");
    try (LockFile held = LockFile.acquire(file, Duration.ZERO, "unused")) {
      assertThatThrownBy(() -> LockFile.acquire(file, Duration.ofMillis(120), "an evaluation"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("an evaluation holds this lock (" + LockFile.holderOf(file) + ")")
          .hasMessageContaining("try again when it ends");
    }
  }

  @Test
  void aWaitingHolderGetsTheLockWhenItIsReleased() throws InterruptedException {
    Path file = dir.resolve("fetch.lock");
    LockFile first = LockFile.tryAcquire(file).orElseThrow();
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(150);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              first.close();
            });
    release.start();
    try (LockFile second = LockFile.acquire(file, Duration.ofSeconds(30), "a fetch")) {
      assertThat(LockFile.holderOf(file)).startsWith(ProcessHandle.current().pid() + "@");
    }
    release.join();
  }

  @Test
  void anInterruptedWaitStopsAndKeepsTheInterrupt() {
    Path file = dir.resolve("interrupted.lock");
    try (LockFile held = LockFile.tryAcquire(file).orElseThrow()) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> LockFile.acquire(file, Duration.ofSeconds(30), "a build"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("interrupted waiting for " + file);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void aLockFileThatCannotBeCreatedIsAnErrorWithTheReason() {
    Path file = dir.resolve("no-such-folder/x.lock");
    assertThatThrownBy(() -> LockFile.tryAcquire(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot lock " + file + ": no such file or folder");
  }
}
