package org.cakebench.report.claims;

import java.util.List;

/**
 * The result of checking one claim against the data.
 *
 * @param verdict the verdict (see {@link Verdict})
 * @param reproduced the value(s) reproduced from the data, as text
 * @param basis display names of the observers the check used
 * @param coverage how many of the paper's models the claim speaks of entered its check
 */
public record Outcome(Verdict verdict, String reproduced, List<String> basis, Coverage coverage) {
  public Outcome {
    basis = List.copyOf(basis);
  }

  /** No verdict possible: {@code why} says which decisions are missing. */
  public static Outcome noData(String why, List<String> basis, Coverage coverage) {
    return new Outcome(Verdict.NO_DATA, why, basis, coverage);
  }

  /** Context only: the paper's figure next to what the data hold, without a verdict. */
  public static Outcome context(String reproduced, List<String> basis) {
    return new Outcome(Verdict.CONTEXT, reproduced, basis, Coverage.NONE);
  }

  /** A claim about the humans alone: holds when {@code holds} is true, else differs. */
  public static Outcome aboutHumans(boolean holds, String reproduced) {
    return new Outcome(
        holds ? Verdict.HOLDS : Verdict.DIFFERS, reproduced, List.of("Humans"), Coverage.NONE);
  }
}
