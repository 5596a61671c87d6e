package org.cakebench.report.claims;

import java.util.List;

/**
 * The result of checking one claim against the data.
 *
 * @param verdict holds, marginal, differs, no data yet or context
 * @param reproduced the value(s) reproduced from the data, as text
 * @param basis display names of the observers the check used
 */
public record Outcome(Verdict verdict, String reproduced, List<String> basis) {
  public Outcome {
    basis = List.copyOf(basis);
  }

  /** No verdict possible: {@code why} says which decisions are missing. */
  public static Outcome noData(String why, List<String> basis) {
    return new Outcome(Verdict.NO_DATA, why, basis);
  }

  /** Context only: the paper's figure next to what the data hold, without a verdict. */
  public static Outcome context(String reproduced, List<String> basis) {
    return new Outcome(Verdict.CONTEXT, reproduced, basis);
  }

  /** Holds when {@code holds} is true, else differs. */
  public static Outcome of(boolean holds, String reproduced, List<String> basis) {
    return new Outcome(holds ? Verdict.HOLDS : Verdict.DIFFERS, reproduced, basis);
  }
}
