package org.cakebench.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 16 entry-level categories of the 16-class ImageNet benchmark, in the benchmark's order. */
public enum Category {
  AIRPLANE,
  BEAR,
  BICYCLE,
  BIRD,
  BOAT,
  BOTTLE,
  CAR,
  CAT,
  CHAIR,
  CLOCK,
  DOG,
  ELEPHANT,
  KEYBOARD,
  KNIFE,
  OVEN,
  TRUCK;

  /** The response humans gave when they did not answer in time. */
  public static final String NO_ANSWER = "na";

  private static final Category[] VALUES = values();
  private static final Map<String, Category> BY_LABEL = new HashMap<>();

  static {
    for (Category c : VALUES) {
      BY_LABEL.put(c.label(), c);
    }
  }

  /** The lower-case name used in CSV files and figures, e.g. {@code "airplane"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Number of categories (16). */
  public static int count() {
    return VALUES.length;
  }

  /** The category at {@code index} of {@link #values()}, without copying the array. */
  public static Category at(int index) {
    return VALUES[index];
  }

  /** The category with the given lower-case label, if it is one of the 16. */
  public static Optional<Category> fromLabel(String label) {
    return Optional.ofNullable(BY_LABEL.get(label));
  }
}
