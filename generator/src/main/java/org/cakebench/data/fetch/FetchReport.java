package org.cakebench.data.fetch;

import java.util.List;

/**
 * What a fetch did.
 *
 * @param alreadyVerified files that were present and verified, left alone
 * @param fetched files downloaded or copied and verified
 * @param failures files that could not be fetched, with the reason
 */
public record FetchReport(int alreadyVerified, int fetched, List<Failure> failures) {
  public FetchReport {
    failures = List.copyOf(failures);
  }

  /** One file that failed. */
  public record Failure(String path, String reason) {}

  /** Whether every file is now present and verified. */
  public boolean complete() {
    return failures.isEmpty();
  }
}
