package org.cakebench.site.pages;

import java.util.regex.Pattern;
import org.cakebench.analysis.Estimate;
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
 * @param interval the 95 % interval shown under the value, e.g. {@code [58.1, 64.3]}, or empty
 * @param low the lower end of that interval in the value's own unit (NaN: none), for downloads
 * @param high its upper end (NaN: none)
 */
public record Cell(
    String text,
    @Nullable String href,
    @Nullable String sort,
    boolean numeric,
    boolean rowHeader,
    String interval,
    double low,
    double high) {
  // Compiled once: every cell of every table passes here on its way to the archive.
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");

  /** A text cell. */
  public static Cell text(String text) {
    return new Cell(text, null, null, false, false, "", Double.NaN, Double.NaN);
  }

  /** A row header, linked when {@code href} is not null. */
  public static Cell header(String text, @Nullable String href) {
    return new Cell(text, href, null, false, true, "", Double.NaN, Double.NaN);
  }

  /** A number cell showing {@code text} and sorting by {@code value} (NaN sorts last). */
  public static Cell number(String text, double value) {
    return new Cell(text, null, sortKey(value), true, false, "", Double.NaN, Double.NaN);
  }

  /** A share as a percentage. */
  public static Cell percent(double share) {
    return number(Format.percent(share), share);
  }

  /**
   * A share as a percentage with its 95 % interval, e.g. {@code 61.2%} over {@code [58.1, 64.3]}.
   */
  public static Cell percent(Estimate e) {
    return withInterval(Format.percent(e.value()), e, Format.percentInterval(e));
  }

  /** A value with {@code decimals} decimals. */
  public static Cell decimal(double value, int decimals) {
    return number(Format.decimal(value, decimals), value);
  }

  /** A value with {@code decimals} decimals and its 95 % interval. */
  public static Cell decimal(Estimate e, int decimals) {
    return withInterval(Format.decimal(e.value(), decimals), e, Format.interval(e, decimals));
  }

  private static Cell withInterval(String text, Estimate e, String interval) {
    boolean shown = !interval.isEmpty();
    return new Cell(
        text,
        null,
        sortKey(e.value()),
        true,
        false,
        interval,
        shown ? e.low() : Double.NaN,
        shown ? e.high() : Double.NaN);
  }

  /**
   * The cell as a CSV field: a number shown as a number (e.g. {@code 61.2%}) in full precision
   * ({@code 0.6123…}); other text as shown; no value as an empty field.
   */
  public String csvValue() {
    if (text.equals(Format.MISSING)) {
      return "";
    }
    boolean plainNumber = PLAIN_NUMBER.matcher(text).matches();
    if (!numeric || !plainNumber || sort == null || sort.isEmpty()) {
      return text;
    }
    // A count or a place shown whole stays as shown (1, not 1.0).
    return WHOLE_NUMBER.matcher(text).matches() ? text : sort;
  }

  private static String sortKey(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }
}
