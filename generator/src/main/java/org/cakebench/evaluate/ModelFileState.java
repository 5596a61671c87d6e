package org.cakebench.evaluate;

/** What is known of an observer's TorchScript file, for {@link ModelStatusCheck}. */
public enum ModelFileState {
  /** A human observer: there is no model file. */
  NOT_A_MODEL("not-a-model", "none (human observers)"),
  /** The file the catalog names does not exist. */
  ABSENT("absent", "absent"),
  /** The file exists; no decision manifest records a model hash to compare it with. */
  PRESENT("present", "present"),
  /** The file exists and its SHA-256 is the one every decision manifest records. */
  MATCHES("matches", "present, SHA-256 matches the decision manifests"),
  /** The file exists, but some decisions were computed with another file. */
  DIFFERS("differs", "present, SHA-256 differs from the one the decisions were computed with");

  private final String key;
  private final String label;

  ModelFileState(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The spelling in {@code cakebench models --json}. */
  public String key() {
    return key;
  }

  /** The words for people. */
  public String label() {
    return label;
  }

  /** Whether the file exists. */
  public boolean exists() {
    return this == PRESENT || this == MATCHES || this == DIFFERS;
  }
}
