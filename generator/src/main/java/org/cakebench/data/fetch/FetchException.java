package org.cakebench.data.fetch;

import java.io.IOException;

/** A failed attempt to fetch one file; {@code retryable} for transient causes. */
final class FetchException extends IOException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;

  FetchException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  boolean retryable() {
    return retryable;
  }
}
