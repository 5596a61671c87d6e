package org.cakebench.report.claims;

/** The outcome of checking one of the paper's claims against the data. */
public enum Verdict {
  /** The data satisfy the claim's rule. */
  HOLDS("holds", "holds"),
  /** The point values satisfy the rule, but a stated uncertainty interval reaches the boundary. */
  MARGINAL("marginal", "marginal"),
  /** The data do not satisfy the rule. */
  DIFFERS("differs", "differs"),
  /** The models the claim is about have no decisions yet. */
  NO_DATA("no data yet", "no-data"),
  /** A figure of the paper given for context: there is nothing in the data to check it against. */
  CONTEXT("context", "context");

  private final String label;
  private final String key;

  Verdict(String label, String key) {
    this.label = label;
    this.key = key;
  }

  /** The label shown in tables, e.g. {@code no data yet}. */
  public String label() {
    return label;
  }

  /** A CSS- and id-safe key, e.g. {@code no-data}. */
  public String key() {
    return key;
  }

  /** Whether the row is a checked claim (every verdict but {@link #CONTEXT}). */
  public boolean checked() {
    return this != CONTEXT;
  }
}
