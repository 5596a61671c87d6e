package org.cakebench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed count of decimals, rounded as {@code String.format(Locale.ROOT, "%.nf", v)}
 * rounds them (the double's shortest decimal digits, half up), without parsing a format for each of
 * the hundred thousand values a 100-model report writes: figure tooltips and coordinates ({@link
 * #formatted}) and the report's tables and prose ({@link #plain}).
 */
public final class FixedPoint {
  private FixedPoint() {}

  /**
   * {@code value} with {@code decimals} decimals exactly as the formatter writes it, a minus sign
   * kept on a value that rounds to zero and NaN or Infinity spelled out: {@code formatted(-0.04,
   * 1)} is {@code -0.0}.
   */
  public static String formatted(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal rounded = rounded(value, decimals);
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    return negative && rounded.signum() == 0
        ? "-" + rounded.toPlainString()
        : rounded.toPlainString();
  }

  /**
   * A finite {@code value} with {@code decimals} decimals, a value that rounds to zero without a
   * sign: {@code plain(-0.004, 2)} is {@code 0.00}.
   */
  public static String plain(double value, int decimals) {
    return rounded(value, decimals).toPlainString();
  }

  // BigDecimal has no negative zero.
  private static BigDecimal rounded(double value, int decimals) {
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
  }
}
