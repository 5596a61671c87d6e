package org.cakebench.site.pages;

/**
 * A table column: its heading, whether it holds numbers (right-aligned) and which way is better, so
 * that the first click on a sortable heading puts the best first.
 */
public record Column(String label, boolean numeric, Better better) {

  /** Which values of a column are better. */
  public enum Better {
    /** Higher values are better (first click: descending). */
    HIGHER,
    /** Lower values are better, as for ranks (first click: ascending). */
    LOWER,
    /** Neither (first click: ascending, A to Z). */
    NEITHER;

    /** The value of the heading's {@code data-best} attribute. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A text column. */
  public static Column text(String label) {
    return new Column(label, false, Better.NEITHER);
  }

  /** A number column without a better direction. */
  public static Column number(String label) {
    return new Column(label, true, Better.NEITHER);
  }

  /** A number column whose higher values are better. */
  public static Column higherBetter(String label) {
    return new Column(label, true, Better.HIGHER);
  }

  /** A number column whose lower values are better (ranks, differences). */
  public static Column lowerBetter(String label) {
    return new Column(label, true, Better.LOWER);
  }
}
