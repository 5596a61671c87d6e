package org.cakebench.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises the condition labels of one dataset the way a data-frame library (pandas) reads the
 * column: all integers stay integers ({@code "0"}); otherwise all numbers become floats printed
 * shortest ({@code "0.90"} to {@code "0.9"}, {@code "1"} next to {@code "0.4"} to {@code "1.0"});
 * {@code true/false} become {@code True/False}; anything else stays as written. Missing values
 * ({@code NaN}, empty) become {@code "NaN"} and, as in pandas, turn an integer column into floats.
 */
public final class ConditionLabels {
  /** The label of a missing condition. */
  public static final String MISSING = "NaN";

  private static final Set<String> MISSING_SPELLINGS =
      Set.of("", "nan", "-nan", "na", "n/a", "null", "none", "#n/a", "<na>");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?inf(inity)?");

  private ConditionLabels() {}

  /** Maps each raw label of one dataset's column to its normalised form. */
  public static Map<String, String> normalise(Collection<String> rawLabels) {
    boolean anyMissing = false;
    boolean allIntegers = true;
    boolean allNumbers = true;
    boolean allBooleans = true;
    for (String raw : rawLabels) {
      String s = raw.strip();
      if (isMissing(s)) {
        anyMissing = true;
        continue;
      }
      String lower = s.toLowerCase(Locale.ROOT);
      allIntegers &= INTEGER.matcher(s).matches();
      allNumbers &= NUMBER.matcher(lower).matches();
      allBooleans &= lower.equals("true") || lower.equals("false");
    }
    Map<String, String> normalised = new LinkedHashMap<>();
    for (String raw : rawLabels) {
      String s = raw.strip();
      String label;
      if (isMissing(s)) {
        label = MISSING;
      } else if (allIntegers && !anyMissing) {
        label = new BigDecimal(s).toBigInteger().toString();
      } else if (allNumbers) {
        label = shortestFloat(s.toLowerCase(Locale.ROOT));
      } else if (allBooleans) {
        label = s.equalsIgnoreCase("true") ? "True" : "False";
      } else {
        label = raw;
      }
      normalised.put(raw, label);
    }
    return normalised;
  }

  private static boolean isMissing(String s) {
    return MISSING_SPELLINGS.contains(s.toLowerCase(Locale.ROOT));
  }

  /** Python's {@code repr(float(s))}: the shortest decimal that reads back as the same double. */
  static String shortestFloat(String s) {
    double value = Double.parseDouble(s.replace("infinity", "Infinity").replace("inf", "Infinity"));
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits));
      if (candidate.doubleValue() == value) {
        shortest = candidate;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent < -4 || exponent >= 16) {
      return scientific(shortest, exponent);
    }
    String plain = shortest.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  private static String scientific(BigDecimal value, int exponent) {
    String digits = value.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = value.signum() < 0 ? "-" : "";
    String expSign = exponent < 0 ? "-" : "+";
    return String.format(Locale.ROOT, "%s%se%s%02d", sign, mantissa, expSign, Math.abs(exponent));
  }
}
