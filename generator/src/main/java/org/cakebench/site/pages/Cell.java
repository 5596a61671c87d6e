package org.cakebench.site.pages;

import org.cakebench.report.Format;
import org.jspecify.annotations.Nullable;

/**
 * One table cell.
 *
 * @param text what it shows (escaped by the template)
 * @param href a relative link, or null
 * @param sort the value the leaderboard sorts by (a number as text), or null to sort by text
 * @param numeric whether it holds a number (right-aligned)
 * @param rowHeader whether it heads its row ({@code <th scope="row">})
 */
public record Cell(
    String text, @Nullable String href, @Nullable String sort, boolean numeric, boolean rowHeader) {

  /** A text cell. */
  public static Cell text(String text) {
    return new Cell(text, null, null, false, false);
  }

  /** A row header, linked when {@code href} is not null. */
  public static Cell header(String text, @Nullable String href) {
    return new Cell(text, href, null, false, true);
  }

  /** A number cell showing {@code text} and sorting by {@code value} (NaN sorts last). */
  public static Cell number(String text, double value) {
    return new Cell(text, null, Double.isFinite(value) ? Double.toString(value) : "", true, false);
  }

  /** A share as a percentage. */
  public static Cell percent(double share) {
    return number(Format.percent(share), share);
  }

  /** A value with {@code decimals} decimals. */
  public static Cell decimal(double value, int decimals) {
    return number(Format.decimal(value, decimals), value);
  }
}
