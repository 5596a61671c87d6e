package org.cakebench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Trial CSV files written for a test, under the header every trial file has. */
final class TrialFiles {
  static final String HEADER =
      "subj,session,trial,rt,object_response,category,condition,imagename\n";

  private TrialFiles() {}

  /** Writes {@code rows} under the header to {@code dir/relative}, creating its folder. */
  static Path write(Path dir, String relative, String rows) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, HEADER + rows);
    return file;
  }
}
