package org.cakebench.evaluate;

/** Where an observer's decisions on one dataset stand, for {@link ModelStatusCheck}. */
public enum DecisionSource {
  /** A file of the published data (fetch-data puts it there). */
  PUBLISHED("published", "published"),
  /** Written by evaluate here, and current: model file, images and settings are unchanged. */
  EVALUATED("evaluated", "evaluated here"),
  /** A trial file without evaluate's manifest: imported, or placed there by hand. */
  DROPPED_IN("dropped-in", "dropped in"),
  /** Written by evaluate, but no longer current; the report still reads it until recomputed. */
  STALE("stale", "stale"),
  /** No decisions on this dataset. */
  MISSING("missing", "missing");

  private final String key;
  private final String label;

  DecisionSource(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The spelling in {@code cakebench models --json}, e.g. {@code dropped-in}. */
  public String key() {
    return key;
  }

  /** The words for people, e.g. {@code evaluated here}. */
  public String label() {
    return label;
  }

  /** Whether there is a trial file the report reads (stale ones included). */
  public boolean hasDecisions() {
    return this != MISSING;
  }
}
