package org.cakebench.data;

/** Naming rules for observers: every {@code subject-*} is a human; {@code humans} pools them. */
public final class Observers {
  /** The id of the pooled human observer. */
  public static final String HUMANS = "humans";

  private Observers() {}

  /** Whether {@code observer} is a human participant. */
  public static boolean isHuman(String observer) {
    return observer.startsWith("subject-");
  }
}
