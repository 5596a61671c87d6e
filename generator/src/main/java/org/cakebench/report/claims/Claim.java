package org.cakebench.report.claims;

/** One quantitative statement of the paper, checkable against the analyses. */
public interface Claim {

  /** What the paper says and the rule the check applies. */
  ClaimText text();

  /** Checks the statement against {@code data}. */
  Outcome check(ClaimData data);
}
