package org.cakebench.report;

import java.util.List;
import java.util.Locale;
import org.cakebench.analysis.Estimate;
import org.cakebench.data.Category;
import org.cakebench.data.FixedPoint;
import org.jspecify.annotations.Nullable;

/**
 * Number and list formatting shared by pages, claims and placeholders, so the same value reads the
 * same everywhere. Missing values (NaN) read as {@link #MISSING}.
 */
public final class Format {
  /** How a value that cannot be computed is shown. */
  public static final String MISSING = "–";

  private Format() {}

  /** A category's label, e.g. {@code knife}; MISSING for none. */
  public static String category(@Nullable Category category) {
    return category == null ? MISSING : category.label();
  }

  /** A share in [0, 1] as a percentage with one decimal, e.g. {@code 61.2%}. */
  public static String percent(double share) {
    return Double.isFinite(share) ? decimal(100 * share, 1) + "%" : MISSING;
  }

  /** The 95 % interval of a share in percent, e.g. {@code [58.1, 64.3]}; empty without one. */
  public static String percentInterval(Estimate e) {
    return hasInterval(e)
        ? "[" + decimal(100 * e.low(), 1) + ", " + decimal(100 * e.high(), 1) + "]"
        : "";
  }

  /** The 95 % interval of a value, e.g. {@code [0.30, 0.41]}; empty without one. */
  public static String interval(Estimate e, int decimals) {
    return hasInterval(e)
        ? "[" + decimal(e.low(), decimals) + ", " + decimal(e.high(), decimals) + "]"
        : "";
  }

  private static boolean hasInterval(Estimate e) {
    return Double.isFinite(e.low()) && Double.isFinite(e.high());
  }

  /**
   * A value with {@code decimals} decimals, e.g. kappa {@code 0.32}; a value that rounds to zero
   * reads {@code 0.00}, never {@code -0.00}.
   */
  public static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return FixedPoint.plain(value, decimals);
  }

  /** A count with thousands separators, e.g. {@code 85,120}. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * Names joined as prose: {@code A}, {@code A and B}, {@code A, B and C}; {@code none} if empty.
   */
  public static String names(List<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** A file-name-safe slug of an observer or dataset id, e.g. {@code simclr_resnet50x1}. */
  public static String slug(String id) {
    String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    return slug.isEmpty() ? "x" : slug;
  }

  /** A value and its bootstrap interval, e.g. {@code 0.05 [−0.01, 0.11]}. */
  public static String estimate(Estimate e, int decimals) {
    return decimal(e.value(), decimals)
        + " ["
        + decimal(e.low(), decimals)
        + ", "
        + decimal(e.high(), decimals)
        + "]";
  }
}
