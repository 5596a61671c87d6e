package org.cakebench.data.fetch;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to fetch.
 *
 * @param dataDir where the files go
 * @param mirror a local folder laid out like the data folder to copy from instead of downloading
 * @param jobs files fetched at once
 * @param connectTimeout time allowed to connect and receive response headers
 * @param stallTimeout time a download may go without receiving a byte before it is abandoned
 * @param retries further attempts after a transient failure (network error, 5xx, stall)
 * @param progress whether to show a progress bar on stderr
 * @param fullCheck whether to hash every file present with SHA-256 again, rather than trust a
 *     content check against what an earlier run verified ({@link VerifiedFiles})
 */
public record FetchOptions(
    Path dataDir,
    @Nullable Path mirror,
    int jobs,
    Duration connectTimeout,
    Duration stallTimeout,
    int retries,
    boolean progress,
    boolean fullCheck) {

  /** Options without a full check. */
  public FetchOptions(
      Path dataDir,
      @Nullable Path mirror,
      int jobs,
      Duration connectTimeout,
      Duration stallTimeout,
      int retries,
      boolean progress) {
    this(dataDir, mirror, jobs, connectTimeout, stallTimeout, retries, progress, false);
  }

  /** Defaults for {@code dataDir}: 8 parallel files, 20 s timeouts, 2 retries, a progress bar. */
  public static FetchOptions defaults(Path dataDir, @Nullable Path mirror) {
    return new FetchOptions(
        dataDir, mirror, 8, Duration.ofSeconds(20), Duration.ofSeconds(20), 2, true);
  }

  /** The same options without a progress bar (tests, quiet builds). */
  public FetchOptions withoutProgress() {
    return new FetchOptions(
        dataDir, mirror, jobs, connectTimeout, stallTimeout, retries, false, fullCheck);
  }

  /** The same options, hashing every file present with SHA-256 again. */
  public FetchOptions withFullCheck() {
    return new FetchOptions(
        dataDir, mirror, jobs, connectTimeout, stallTimeout, retries, progress, true);
  }
}
