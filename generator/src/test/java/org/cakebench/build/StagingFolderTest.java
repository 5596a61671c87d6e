package org.cakebench.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {
  @TempDir Path dir;

  private long entries() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.count();
    }
  }

  @Test
  void publishReplacesTheOldSiteWithTheNewOne() throws IOException {
    Path out = dir.resolve("site-output");
    Files.createDirectories(out);
    Files.writeString(out.resolve(StagingFolder.MARKER), "");
    Files.writeString(out.resolve("old.html"), "old");
    try (StagingFolder staging = StagingFolder.create(out)) {
      Files.writeString(staging.path().resolve("index.html"), "new");
      assertThat(out.resolve("old.html")).exists(); // untouched until publish
      staging.publish();
    }
    assertThat(out.resolve("index.html")).hasContent("new");
    assertThat(out.resolve("old.html")).doesNotExist();
    assertThat(entries()).isEqualTo(1); // no staging or old folders left behind
  }

  @Test
  void aFailedBuildLeavesTheOldSiteAndNoStagingFolder() throws IOException {
    Path out = dir.resolve("site-output");
    Files.createDirectories(out);
    Files.writeString(out.resolve(StagingFolder.MARKER), "");
    Files.writeString(out.resolve("index.html"), "old");
    try (StagingFolder staging = StagingFolder.create(out)) {
      Files.writeString(staging.path().resolve("index.html"), "half");
      // the build fails here: no publish
    }
    assertThat(out.resolve("index.html")).hasContent("old");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void aFolderCakebenchDidNotWriteIsNeverReplaced() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("notes.md"), "mine");
    assertThatThrownBy(() -> StagingFolder.create(docs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a site written by cakebench build");
    assertThat(docs.resolve("notes.md")).hasContent("mine");
    assertThat(entries()).isEqualTo(1);
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
  }
}
