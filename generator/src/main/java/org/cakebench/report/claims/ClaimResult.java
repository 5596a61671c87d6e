package org.cakebench.report.claims;

/** A claim of the paper next to what the data say about it. */
public record ClaimResult(ClaimText text, Outcome outcome) {

  /** The claim's id. */
  public String id() {
    return text.id();
  }

  /** The claim's verdict. */
  public Verdict verdict() {
    return outcome.verdict();
  }

  /** How many of the paper's models the claim speaks of entered its check. */
  public Coverage coverage() {
    return outcome.coverage();
  }
}
