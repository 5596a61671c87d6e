package org.cakebench.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed count of decimals, exactly as {@code String.format(Locale.ROOT, "%.nf", v)}
 * writes them (the double's shortest decimal digits rounded half up, a minus sign kept on a value
 * that rounds to zero), without parsing a format for each of the tens of thousands of tooltips and
 * coordinates in the figures of a hundred models.
 */
final class FixedPoint {
  private FixedPoint() {}

  /** {@code value} with {@code decimals} decimals: {@code fixed(0.125, 2)} is {@code 0.13}. */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal rounded =
        new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    String text = rounded.toPlainString();
    // BigDecimal has no negative zero; the formatter keeps the sign of what it rounded.
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    return negative && rounded.signum() == 0 ? "-" + text : text;
  }
}
