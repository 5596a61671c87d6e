package org.cakebench.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * The groups the paper compares: humans, supervised and self-supervised models; other for the rest.
 */
public enum ObserverGroup {
  HUMAN("human", "Humans"),
  SUPERVISED("supervised", "Supervised"),
  SELF_SUPERVISED("self-supervised", "Self-supervised"),
  OTHER("other", "Other models");

  private final String key;
  private final String title;

  ObserverGroup(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The spelling in {@code observers.yaml}, e.g. {@code self-supervised}. */
  public String key() {
    return key;
  }

  /** The heading in figures and pages, e.g. {@code Self-supervised}. */
  public String title() {
    return title;
  }

  /** The group spelled {@code key}, if any. */
  public static Optional<ObserverGroup> fromKey(String key) {
    return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
  }
}
