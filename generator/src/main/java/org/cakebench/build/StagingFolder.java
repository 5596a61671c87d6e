package org.cakebench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.cakebench.data.IoErrors;
import org.cakebench.data.LockFile;

/**
 * A folder a build writes into, published only when the build completes, so a failed or killed
 * build never touches the site already published. Closing it without {@link #publish()} deletes it.
 *
 * <p>The output folder is a symbolic link onto the published site ({@link SiteVersions});
 * publishing swaps the link in one rename. Creating a staging folder first repairs what killed runs
 * left behind and moves a site written by an older cakebench (a real folder) behind a link.
 * Publishing only replaces what a build made ({@value #MARKER} inside) or an empty folder: {@code
 * --out docs} must never delete a user's documents.
 */
public final class StagingFolder implements AutoCloseable {
  /** The file that marks a folder as a site written by cakebench. */
  public static final String MARKER = SiteVersions.MARKER;

  /** Publishing and cleaning up take milliseconds; a build waits this long for another's. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final SiteVersions versions;
  private final String id;
  private final Path staging;
  private final LockFile building;
  private boolean done;

  private StagingFolder(SiteVersions versions, String id, Path staging, LockFile building) {
    this.versions = versions;
    this.id = id;
    this.staging = staging;
    this.building = building;
  }

  /**
   * Creates an empty staging folder for {@code target}; fails at once if {@code target} is
   * something that publishing must not replace.
   */
  public static StagingFolder create(Path target) {
    SiteVersions versions = SiteVersions.of(target.toAbsolutePath().normalize());
    versions.checkReplaceable();
    try {
      Files.createDirectories(versions.builds());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create " + versions.builds() + ": " + IoErrors.reason(e), e);
    }
    try (LockFile publishing = lockPublishing(versions)) {
      versions.recover();
      String id = UUID.randomUUID().toString().substring(0, 8);
      LockFile building =
          LockFile.tryAcquire(versions.buildingLock(id))
              .orElseThrow(() -> new IllegalStateException("a fresh build id is locked: " + id));
      try {
        return new StagingFolder(versions, id, versions.newBuilding(id), building);
      } catch (RuntimeException e) {
        building.closeAndDelete();
        throw e;
      }
    }
  }

  /** Where the build writes. */
  public Path path() {
    return staging;
  }

  /** Makes the staging folder the published site; on failure the previous site stays. */
  public void publish() {
    try (LockFile publishing = lockPublishing(versions)) {
      versions.publish(staging, id);
      done = true;
    }
    building.closeAndDelete();
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      versions.discard(staging);
    } finally {
      building.closeAndDelete();
    }
  }

  private static LockFile lockPublishing(SiteVersions versions) {
    return LockFile.acquire(versions.publishLock(), PATIENCE, "another cakebench build");
  }
}
