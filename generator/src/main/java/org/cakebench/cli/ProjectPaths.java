package org.cakebench.cli;

import java.nio.file.Path;

/**
 * Default locations, relative to the project folder the launcher passes as {@code cakebench.home}.
 */
final class ProjectPaths {
  private ProjectPaths() {}

  /** The project folder: {@code -Dcakebench.home}, else the working directory. */
  static Path home() {
    return Path.of(System.getProperty("cakebench.home", ".")).toAbsolutePath().normalize();
  }

  /** The default data folder, {@code <home>/data}. */
  static Path data() {
    return home().resolve("data");
  }
}
