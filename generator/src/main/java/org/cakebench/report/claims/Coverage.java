package org.cakebench.report.claims;

import java.util.List;

/**
 * How many of the paper's models a claim speaks of entered its check with all the decisions its
 * rule reads: per group the statement names (e.g. supervised 1 of 24) and in all (2 of 32). A claim
 * about the humans alone speaks of no model ({@link #NONE}).
 *
 * @param parts one entry per group, in the order the statement names them
 */
public record Coverage(List<Part> parts) {
  /** Coverage of a claim about no model (humans only, or context). */
  public static final Coverage NONE = new Coverage(List.of());

  /**
   * One group of a claim's coverage.
   *
   * @param group the group's name, e.g. {@code supervised}
   * @param present its models with every dataset the rule reads
   * @param total its models among the paper's 32
   */
  public record Part(String group, int present, int total) {}

  public Coverage {
    parts = List.copyOf(parts);
  }

  /** The models with every dataset the rule reads, over all groups. */
  public int present() {
    return parts.stream().mapToInt(Part::present).sum();
  }

  /** The models the claim speaks of, over all groups. */
  public int total() {
    return parts.stream().mapToInt(Part::total).sum();
  }

  /** Whether the claim speaks of models at all. */
  public boolean aboutModels() {
    return !parts.isEmpty();
  }

  /** Whether every model the claim speaks of was checked (true for claims about no model). */
  public boolean complete() {
    return present() == total();
  }

  /** The coverage as a table shows it, e.g. {@code 2 of 32 models}, or {@code humans only}. */
  public String label() {
    if (!aboutModels()) {
      return "humans only";
    }
    return present() + " of " + total() + (total() == 1 ? " model" : " models");
  }

  /**
   * The coverage per group, e.g. {@code supervised 1 of 24, self-supervised 1 of 8}; the label
   * alone for a single group.
   */
  public String detail() {
    if (parts.size() < 2) {
      return label();
    }
    return String.join(
        ", ", parts.stream().map(p -> p.group() + " " + p.present() + " of " + p.total()).toList());
  }
}
