package org.cakebench.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.LockFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a site: the output folder is replaced in one atomic step, so a kill at any moment
 * leaves a complete site there; the next build removes what killed builds left, and nothing else.
 */
class StagingFolderTest {
  @TempDir Path dir;

  private Path out() {
    return dir.resolve("site-output");
  }

  private Path builds() {
    return dir.resolve(".site-output.builds");
  }

  /** The site a test build writes: an index page saying which build made it, and some pages. */
  static void writeSite(Path folder, int build) throws IOException {
    Files.writeString(folder.resolve("index.html"), "build " + build);
    Path pages = Files.createDirectories(folder.resolve("pages"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(pages.resolve("page-" + i + ".html"), "page " + i + " of build " + build);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void publish(int build) throws IOException {
    try (StagingFolder staging = StagingFolder.create(out())) {
      writeSite(staging.path(), build);
      staging.publish();
    }
  }

  /**
   * Only the link and the hidden folder, and in it the publish lock, the published site and at most
   * the one it superseded (kept for readers that followed the link just before the swap).
   */
  private void assertOnlyThePublishedSiteIsLeft(int superseded) throws IOException {
    assertThat(names(dir)).containsExactly(".site-output.builds", "site-output");
    String published = Files.readSymbolicLink(out()).getFileName().toString();
    assertThat(names(builds())).contains("publish.lock", published).hasSize(2 + superseded);
  }

  @Test
  void publishReplacesTheOldSiteWithTheNewOne() throws IOException {
    publish(1);
    try (StagingFolder staging = StagingFolder.create(out())) {
      writeSite(staging.path(), 2);
      assertThat(out().resolve("index.html")).hasContent("build 1"); // untouched until publish
      staging.publish();
    }
    assertThat(out().resolve("index.html")).hasContent("build 2");
    assertThat(Files.isSymbolicLink(out())).isTrue();
    assertThat(Files.readSymbolicLink(out()).isAbsolute()).isFalse(); // the project can move
    assertOnlyThePublishedSiteIsLeft(1); // no staging folder; build 1 goes with the next build
  }

  @Test
  void aFailedBuildLeavesTheOldSiteAndNoStagingFolder() throws IOException {
    publish(1);
    try (StagingFolder staging = StagingFolder.create(out())) {
      writeSite(staging.path(), 2);
      // the build fails here: no publish
    }
    assertThat(out().resolve("index.html")).hasContent("build 1");
    assertOnlyThePublishedSiteIsLeft(0);
  }

  @Test
  void theOutputFolderExistsAtEveryInstantWhileSitesArePublished() throws Exception {
    publish(0);
    AtomicBoolean publishing = new AtomicBoolean(true);
    AtomicInteger looks = new AtomicInteger();
    AtomicInteger missing = new AtomicInteger();
    Thread watcher =
        new Thread(
            () -> {
              while (publishing.get()) {
                looks.incrementAndGet();
                if (!Files.isDirectory(out())) {
                  missing.incrementAndGet();
                }
              }
            });
    watcher.start();
    try {
      for (int build = 1; build <= 60; build++) {
        publish(build);
      }
    } finally {
      publishing.set(false);
      watcher.join();
    }
    assertThat(looks.get()).isGreaterThan(60);
    assertThat(missing.get()).as("times the watcher found no site, of " + looks).isZero();
  }

  @Test
  void aBuildKilledAtAnyMomentLeavesACompleteSiteAndTheNextBuildRemovesItsLeftovers()
      throws Exception {
    publish(0);
    Random random = new Random(11);
    for (int kill = 0; kill < 8; kill++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  RepeatedPublishing.class.getName(),
                  out().toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(lines.readLine()).startsWith("published ");
        Thread.sleep(random.nextInt(40)); // then SIGKILL, mid-build or mid-publish
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(out().resolve("index.html")).content().startsWith("build ");
      assertThat(out().resolve("pages/page-39.html")).content().startsWith("page 39 of build ");
    }
    publish(100);
    assertThat(out().resolve("index.html")).hasContent("build 100");
    assertOnlyThePublishedSiteIsLeft(1);
  }

  @Test
  void leftoversOfKilledBuildsAreRemovedButNotTheFolderOfABuildStillRunning() throws IOException {
    publish(1);
    // A build killed while writing: its lock file is free.
    Path dead = Files.createDirectories(builds().resolve("building-dead0001"));
    writeSite(dead, 2);
    Files.writeString(builds().resolve("building-dead0001.lock"), "");
    // A complete site killed before its link was swapped in, and a link about to be.
    writeSite(Files.createDirectories(builds().resolve("site-0000000000001-unlinked")), 3);
    Files.createSymbolicLink(builds().resolve("link-dead0002"), Path.of("nowhere"));
    // What versions before the link layout left: staging and old folders, with the marker.
    for (String name : List.of(".site-output.8120774393311", ".site-output.old.42")) {
      Path older = Files.createDirectories(dir.resolve(name));
      Files.writeString(older.resolve(StagingFolder.MARKER), "");
      writeSite(older, 0);
    }
    // Names like ours that cakebench did not write.
    Path notOurs = Files.createDirectories(dir.resolve(".site-output.123"));
    Files.writeString(notOurs.resolve("notes.md"), "mine");
    Files.writeString(dir.resolve(".site-output.notes"), "mine");
    // A build running in another process: it holds its lock.
    Path running = Files.createDirectories(builds().resolve("building-live0003"));
    try (LockFile held = LockFile.tryAcquire(builds().resolve("building-live0003.lock")).get()) {
      try (StagingFolder staging = StagingFolder.create(out())) {
        assertThat(names(dir))
            .containsExactly(
                ".site-output.123", ".site-output.builds", ".site-output.notes", "site-output");
        assertThat(names(builds()))
            .contains("building-live0003", "building-live0003.lock", "publish.lock")
            .doesNotContain(
                "building-dead0001",
                "building-dead0001.lock",
                "site-0000000000001-unlinked",
                "link-dead0002");
        assertThat(running).isDirectory();
        assertThat(out().resolve("index.html")).hasContent("build 1");
      }
    }
    assertThat(notOurs.resolve("notes.md")).hasContent("mine");
  }

  @Test
  void aSiteWrittenByAnOlderVersionMovesBehindTheLink() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve(StagingFolder.MARKER), "");
    Files.writeString(out().resolve("index.html"), "older version's site");
    try (StagingFolder staging = StagingFolder.create(out())) {
      // a build that fails after the move still leaves that site published
      assertThat(Files.isSymbolicLink(out())).isTrue();
      assertThat(out().resolve("index.html")).hasContent("older version's site");
    }
    assertThat(out().resolve("index.html")).hasContent("older version's site");
    publish(2);
    assertThat(out().resolve("index.html")).hasContent("build 2");
    assertOnlyThePublishedSiteIsLeft(1);
  }

  @Test
  void aBuildKilledWhileMovingAnOlderSiteBehindTheLinkHasItRelinkedNextTime() throws IOException {
    // The moment between the migration's two renames: the older site moved, no link yet.
    Path moved = Files.createDirectories(builds().resolve("site-0000000000005-migrated"));
    Files.writeString(moved.resolve(StagingFolder.MARKER), "");
    Files.writeString(moved.resolve("index.html"), "older version's site");
    try (StagingFolder staging = StagingFolder.create(out())) {
      assertThat(out().resolve("index.html")).hasContent("older version's site");
    }
    assertThat(out().resolve("index.html")).hasContent("older version's site");
    assertOnlyThePublishedSiteIsLeft(0);
  }

  @Test
  void aFolderCakebenchDidNotWriteIsNeverReplaced() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("notes.md"), "mine");
    assertThatThrownBy(() -> StagingFolder.create(docs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a site written by cakebench build");
    assertThat(docs.resolve("notes.md")).hasContent("mine");
    assertThat(names(dir)).containsExactly("docs");
  }

  @Test
  void aLinkCakebenchDidNotMakeIsNeverReplaced() throws IOException {
    Path www = Files.createDirectories(dir.resolve("www"));
    Files.writeString(www.resolve(StagingFolder.MARKER), "");
    Files.createSymbolicLink(out(), www);
    assertThatThrownBy(() -> StagingFolder.create(out()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a symbolic link cakebench did not make");
    assertThat(Files.readSymbolicLink(out())).isEqualTo(www);
  }

  @Test
  void anEmptyOrMissingFolderCanBeTheOutput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    try (StagingFolder staging = StagingFolder.create(empty)) {
      staging.publish();
    }
    assertThat(empty.resolve(StagingFolder.MARKER)).exists();
    try (StagingFolder staging = StagingFolder.create(dir.resolve("new/site"))) {
      staging.publish();
    }
    assertThat(dir.resolve("new/site").resolve(StagingFolder.MARKER)).exists();
    assertThat(Optional.of(dir.resolve("new/site"))).get().matches(Files::isSymbolicLink);
  }
}
