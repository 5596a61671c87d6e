package org.cakebench.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link StagingFolderTest}: builds and publishes a small site into the folder
 * {@code args[0]} again and again, printing {@code published <n>} after each, until killed.
 */
public final class RepeatedPublishing {
  private RepeatedPublishing() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    for (int n = 1; ; n++) {
      try (StagingFolder staging = StagingFolder.create(out)) {
        StagingFolderTest.writeSite(staging.path(), n);
        staging.publish();
      }
      System.out.println("published " + n);
      System.out.flush();
    }
  }
}
