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
}
