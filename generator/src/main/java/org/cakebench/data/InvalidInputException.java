package org.cakebench.data;

import java.nio.file.Path;

/** Bad input a user can fix, named by file and (where known) line: {@code file:line: message}. */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(Path file, long line, String message) {
    super(file + ":" + line + ": " + message);
  }

  public InvalidInputException(Path file, String message) {
    super(file + ": " + message);
  }

  public InvalidInputException(String message) {
    super(message);
  }
}
