package org.cakebench.data.fetch;

/**
 * One file of the published data.
 *
 * @param path path inside the data folder, e.g. {@code raw-data/edge/edge_resnet50_session-1.csv}
 * @param bytes its size
 * @param sha256 its SHA-256, lower-case hex
 * @param upstream the pinned URL it comes from, or {@code derived} for the tables of facts the
 *     project carries itself
 */
public record ManifestEntry(String path, long bytes, String sha256, String upstream) {
  /** The upstream value of files the project carries as resources. */
  public static final String DERIVED = "derived";

  /** Whether the project carries this file itself instead of downloading it. */
  public boolean derived() {
    return DERIVED.equals(upstream);
  }
}
