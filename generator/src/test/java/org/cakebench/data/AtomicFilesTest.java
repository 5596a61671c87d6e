package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.csv");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessageContaining("cannot write " + target);
    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void writtenFilesAreReadableByEveryone() throws IOException {
    Path target = dir.resolve("sub/page.html");
    AtomicFiles.writeString(target, "<p>hi</p>");
    assertThat(target).hasContent("<p>hi</p>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aCopyHasTheSourcesBytesIsReadableByEveryoneAndReplacesTheTarget() throws IOException {
    Path source = Files.write(dir.resolve("source.csv"), new byte[] {1, 2, 3, (byte) 200});
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
    Path target =
        Files.writeString(Files.createDirectory(dir.resolve("out")).resolve("c.csv"), "old");

    AtomicFiles.copy(source, target);

    assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3, (byte) 200);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedCopyNamesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("copy.csv");

    assertThatThrownBy(() -> AtomicFiles.copy(dir.resolve("missing.csv"), target))
        .hasMessageContaining("cannot write " + target);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  /** Skips a test of links where the file system of the temporary folder has none. */
  private void assumeHardLinks() throws IOException {
    Path probe = Files.writeString(dir.resolve("probe"), "");
    try {
      Files.createLink(dir.resolve("probe-link"), probe);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "no hard links on the file system of " + dir + ": " + e);
    } finally {
      Files.deleteIfExists(dir.resolve("probe-link"));
      Files.delete(probe);
    }
  }

  /** A file of {@code content} with {@code permissions}, e.g. {@code rw-r--r--}. */
  private Path file(String name, String content, String permissions) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"rw-------", "rw-r-----", "rw-rw-rw-", "rw-r--rw-"})
  void aLinkOfAFileNotEveryoneMayReadOrOthersMayWriteIsAReadableCopy(String sourcePermissions)
      throws IOException {
    // A link shares the source's permissions: making it readable would open the source too, and a
    // download anyone could rewrite would rewrite the data with it.
    Path source = file("decisions.csv", "x", sourcePermissions);
    Path target = dir.resolve("site/d.csv");

    AtomicFiles.link(source, target);

    assertThat(target).hasContent("x");
    assertThat(Files.isSameFile(source, target)).isFalse();
    assertThat(permissions(target)).isEqualTo("rw-r--r--");
    assertThat(permissions(source)).isEqualTo(sourcePermissions);
  }

  @Test
  void aLinkThatCannotTakeTheTargetsPlaceNamesItAndLeavesNoTemporaryFile() throws IOException {
    assumeHardLinks();
    Path source = file("decisions.csv", "x", "rw-r--r--");
    Path target = Files.createDirectories(dir.resolve("site/d.csv"));
    Files.writeString(target.resolve("inside"), "a folder in the way");

    assertThatThrownBy(() -> AtomicFiles.link(source, target))
        .hasMessageContaining("cannot write " + target);
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aLinkOfAFileEveryoneMayReadIsTheSameFileAndReplacesTheTarget() throws IOException {
    assumeHardLinks();
    Path source = file("decisions.csv", "a,b\n", "rw-r--r--");
    Path target =
        Files.writeString(Files.createDirectory(dir.resolve("site")).resolve("d.csv"), "old");

    AtomicFiles.link(source, target);

    assertThat(target).hasContent("a,b\n");
    assertThat(Files.isSameFile(source, target)).as("a second name, not a copy").isTrue();
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aLinkThroughASymbolicLinkIsTheFileItselfNotASecondSymbolicLink() throws IOException {
    assumeHardLinks();
    // A relative symbolic link linked as it is would point elsewhere from the site's folder.
    Files.createDirectories(dir.resolve("elsewhere"));
    Path file = file("elsewhere/decisions.csv", "real", "rw-r--r--");
    Path raw = Files.createDirectories(dir.resolve("raw-data"));
    Path symlink =
        Files.createSymbolicLink(
            raw.resolve("decisions.csv"), Path.of("../elsewhere/decisions.csv"));
    Path target = dir.resolve("site/downloads/decisions.csv");

    AtomicFiles.link(symlink, target);

    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(target).hasContent("real");
    assertThat(Files.isSameFile(file, target)).isTrue();
  }

  @Test
  void aReplacedSourceLeavesItsLinkAsItWas() throws IOException {
    assumeHardLinks();
    // Every writer of data files renames a new file into place, so a link keeps what was linked.
    Path source = file("decisions.csv", "first", "rw-r--r--");
    Path target = dir.resolve("site/d.csv");
    AtomicFiles.link(source, target);
    assertThat(Files.isSameFile(source, target)).isTrue();

    AtomicFiles.writeString(source, "second");

    assertThat(target).hasContent("first");
  }

  @Test
  void aFailedLinkNamesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("link.csv");

    assertThatThrownBy(() -> AtomicFiles.link(dir.resolve("missing.csv"), target))
        .hasMessageContaining("cannot write " + target);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void everyFileOfAFolderIsReadableNotOnlyTheFirst() throws IOException {
    // The folder's file store is looked up once; what it says must hold for every later file.
    for (int i = 0; i < 3; i++) {
      Path target = dir.resolve("many/file-" + i + ".csv");
      AtomicFiles.writeString(target, "x");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
          .as(target.toString())
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void leftoversOfInterruptedWritesOfTheTargetAreRemovedAndNothingElse() throws IOException {
    Path target = Files.writeString(dir.resolve("a.csv"), "kept");
    Path leftover = Files.writeString(dir.resolve(".a.csv8123456789.tmp"), "half");
    Path otherTarget = Files.writeString(dir.resolve(".b.csv8123456789.tmp"), "half");
    Path notOurs = Files.writeString(dir.resolve(".a.csv.tmp"), "someone else's");
    AtomicFiles.removeLeftovers(target);
    assertThat(leftover).doesNotExist();
    assertThat(target).hasContent("kept");
    assertThat(otherTarget).exists();
    assertThat(notOurs).exists();
  }

  @Test
  void aTargetInAFolderNotYetMadeHasNoLeftovers() {
    AtomicFiles.removeLeftovers(dir.resolve("later/a.csv"));
    assertThat(dir.resolve("later")).doesNotExist();
  }
}
