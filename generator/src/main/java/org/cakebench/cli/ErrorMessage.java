package org.cakebench.cli;

import java.nio.file.FileSystemException;
import org.cakebench.data.IoErrors;

/**
 * The one line an error ends as: its message and its causes' messages, each said once. Java's
 * file-system exceptions carry only a path, so theirs become the reason ("cannot read X: permission
 * denied", not "cannot read X: X"); a cause whose message is already in the line (DJL wraps a
 * TorchScript traceback in two exceptions) is not repeated.
 */
final class ErrorMessage {
  private ErrorMessage() {}

  /** The line for {@code error}. */
  static String of(Throwable error) {
    StringBuilder line = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String part = part(t, line);
      if (part.isBlank() || line.indexOf(part) >= 0) {
        continue;
      }
      if (line.length() > 0) {
        line.append(": ");
      }
      line.append(part);
    }
    return line.length() > 0 ? line.toString() : error.getClass().getSimpleName();
  }

  private static String part(Throwable t, CharSequence before) {
    if (t instanceof FileSystemException fs) {
      String file = fs.getFile();
      String reason = IoErrors.reason(fs);
      boolean named = file == null || before.toString().contains(file);
      return named ? reason : file + ": " + reason;
    }
    String message = t.getMessage();
    if (message == null) {
      return before.length() == 0 ? t.getClass().getSimpleName() : "";
    }
    // A wrapper that only repeats its cause ("java.io.IOException: x") adds nothing.
    Throwable cause = t.getCause();
    if (cause != null && message.equals(String.valueOf(cause))) {
      return "";
    }
    return message;
  }
}
