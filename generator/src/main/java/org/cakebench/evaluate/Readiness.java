package org.cakebench.evaluate;

/** How far one observer is from having current decisions on every dataset. */
public enum Readiness {
  /** Current decisions (published, evaluated or dropped in) on every dataset. */
  COMPLETE("complete"),
  /** Current decisions on some datasets, none on the others. */
  PARTIAL("partial"),
  /** Some decisions evaluate wrote are no longer current. */
  STALE("stale"),
  /** A TorchScript file, but no decisions yet. */
  TO_EVALUATE("to evaluate"),
  /** Neither decisions nor a TorchScript file. */
  MISSING("missing");

  private final String label;

  Readiness(String label) {
    this.label = label;
  }

  /** The words for people and the spelling in {@code --json}, e.g. {@code to evaluate}. */
  public String label() {
    return label;
  }
}
