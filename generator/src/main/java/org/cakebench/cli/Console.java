package org.cakebench.cli;

/** Messages for the user on stderr, so that stdout stays clean for tables. */
final class Console {
  private Console() {}

  static void warn(String message) {
    System.err.println("warning: " + message);
  }

  static void info(String message) {
    System.err.println(message);
  }

  /** DJL's per-model repository warnings and engine banners would break the progress bars. */
  static void quietenEngineLogs() {
    System.getProperties()
        .putIfAbsent("org.slf4j.simpleLogger.log.ai.djl.repository.SimpleRepository", "error");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.ai.djl.pytorch.engine", "warn");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.Platform", "warn");
  }
}
