package org.cakebench.report.claims;

/**
 * The outcome of checking one of the paper's claims against the data. A claim about models holds
 * only when every model it speaks of was checked; see {@link Evidence} for the rule.
 */
public enum Verdict {
  /** The data satisfy the claim's rule, for every model the claim speaks of. */
  HOLDS("holds", "holds"),
  /**
   * The models with decisions satisfy the rule, but not all the models the claim speaks of have.
   */
  CONSISTENT_SO_FAR("consistent so far", "consistent-so-far"),
  /** The point values satisfy the rule, but a stated uncertainty interval reaches the boundary. */
  MARGINAL("marginal", "marginal"),
  /** The data do not satisfy the rule: one counterexample among the models present suffices. */
  DIFFERS("differs", "differs"),
  /**
   * The paper does not say how its value was computed, and the plausible computations disagree:
   * some give the value, others do not, and none of those over the whole statement does.
   */
  UNRESOLVED("unresolved", "unresolved"),
  /** Fewer of the models the claim is about have decisions than its rule needs. */
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
