package org.cakebench.site.transform;

import java.util.List;
import org.cakebench.data.InvalidInputException;

/** The site failed its checks; the message lists each problem as {@code page: problem}. */
public final class SiteCheckException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 30;

  private final List<String> problems;

  /** A failure listing {@code problems} (the first 30 in the message). */
  public SiteCheckException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder text =
        new StringBuilder("the site failed its checks (" + problems.size() + " problems):");
    problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
    if (problems.size() > SHOWN) {
      text.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return text.toString();
  }
}
