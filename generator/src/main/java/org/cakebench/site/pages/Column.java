package org.cakebench.site.pages;

/** A table column: its heading and whether it holds numbers (right-aligned). */
public record Column(String label, boolean numeric) {

  /** A text column. */
  public static Column text(String label) {
    return new Column(label, false);
  }

  /** A number column. */
  public static Column number(String label) {
    return new Column(label, true);
  }
}
