package org.cakebench.site.claims;

/** The outcome of checking one of the paper's claims against the data. */
public enum Verdict {
  HOLDS("holds"),
  DIFFERS("differs"),
  NO_DATA("no data yet");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The label shown in tables, e.g. {@code no data yet}. */
  public String label() {
    return label;
  }

  /** A CSS- and id-safe key, e.g. {@code no-data}. */
  public String key() {
    return this == NO_DATA ? "no-data" : label;
  }
}
