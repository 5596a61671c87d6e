package org.cakebench.data;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A trial file holding a model's decisions on one dataset, as the report offers it for download.
 *
 * @param observer the model's id
 * @param dataset the dataset
 * @param file the CSV file
 * @param sha256 the SHA-256 of its content ({@link FileHashes}), null until hashed
 */
public record DecisionFile(String observer, Dataset dataset, Path file, @Nullable String sha256) {
  /** The file, not hashed yet. */
  public DecisionFile(String observer, Dataset dataset, Path file) {
    this(observer, dataset, file, null);
  }

  /** This file with its content's SHA-256. */
  public DecisionFile withSha256(String sha256) {
    return new DecisionFile(observer, dataset, file, sha256);
  }
}
