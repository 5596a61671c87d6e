package org.cakebench.report.claims;

/** What a claim's rule found on the models present, before coverage turns it into a verdict. */
public enum Finding {
  /** Every model present satisfies the rule. */
  SATISFIED,
  /** The point values satisfy the rule, but an uncertainty interval the rule names reaches it. */
  UNCERTAIN,
  /** A model present breaks the rule (a counterexample). */
  BROKEN
}
