package org.cakebench.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
    Files.writeString(out.resolve("index.html"), "old");
    try (StagingFolder staging = StagingFolder.create(out)) {
      Files.writeString(staging.path().resolve("index.html"), "half");
      // the build fails here: no publish
    }
    assertThat(out.resolve("index.html")).hasContent("old");
    assertThat(entries()).isEqualTo(1);
  }
}
