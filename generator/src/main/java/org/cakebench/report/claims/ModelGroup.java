package org.cakebench.report.claims;

import java.util.List;

/**
 * A group of the paper's models that a statement speaks of, from the catalogue whether or not its
 * models have decisions.
 *
 * @param name the group as the coverage names it, e.g. {@code supervised}
 * @param members the ids of its models among the paper's 32, in catalogue order
 * @param minimum how many of them need every dataset the rule reads before it is checked: {@link
 *     Evidence#MINIMUM}, or {@link Evidence#MINIMUM_FOR_PAIRS} where the rule averages over pairs
 *     within the group
 */
public record ModelGroup(String name, List<String> members, int minimum) {
  public ModelGroup {
    members = List.copyOf(members);
  }

  /** The same group, checked only with a pair of its models. */
  public ModelGroup pairs() {
    return new ModelGroup(name, members, Evidence.MINIMUM_FOR_PAIRS);
  }
}
