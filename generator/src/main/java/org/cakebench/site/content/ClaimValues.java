package org.cakebench.site.content;

import java.util.List;
import java.util.Optional;
import org.cakebench.report.claims.ClaimResult;

/**
 * The placeholder values of one claim: {@code claim.<id>.verdict}, {@code .coverage}, {@code
 * .paper}, and so on.
 */
final class ClaimValues {
  private ClaimValues() {}

  /** The field named after the claim id in {@code rest}, e.g. {@code simclr-texture.verdict}. */
  static Optional<String> get(List<ClaimResult> claims, String rest) {
    int dot = rest.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String id = rest.substring(0, dot);
    String field = rest.substring(dot + 1);
    return claims.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .flatMap(
            c ->
                Optional.ofNullable(
                    switch (field) {
                      case "verdict" -> c.verdict().label();
                      case "coverage" -> c.coverage().label();
                      case "reproduced" -> c.outcome().reproduced();
                      case "paper" -> c.text().paperValue();
                      case "statement" -> c.text().statement();
                      case "rule" -> c.text().rule();
                      default -> null;
                    }));
  }
}
