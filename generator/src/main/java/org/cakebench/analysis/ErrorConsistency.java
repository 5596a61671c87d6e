package org.cakebench.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Trial;

/**
 * Error consistency of two observers on the same trials (Geirhos, Meding &amp; Wichmann, NeurIPS
 * 2020): Cohen's kappa on trial-by-trial correctness. {@code observed} is the share of trials both
 * got right or both got wrong; {@code expected} = p1·p2 + (1−p1)(1−p2) with p the accuracies; kappa
 * = (observed − expected) / (1 − expected), and 1 when observed is 1.
 *
 * @param observed the observed consistency c_obs
 * @param expected the consistency c_exp expected from the accuracies alone
 * @param kappa the error consistency
 * @param trials the number of matched trials
 */
public record ErrorConsistency(double observed, double expected, double kappa, int trials) {

  /** Error consistency from counts: trials, correct of each observer, trials they agree on. */
  public static ErrorConsistency fromCounts(int trials, int correctA, int correctB, int agree) {
    if (trials == 0) {
      return new ErrorConsistency(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double p1 = (double) correctA / trials;
    double p2 = (double) correctB / trials;
    double observed = (double) agree / trials;
    double expected = p1 * p2 + (1 - p1) * (1 - p2);
    double kappa = observed == 1.0 ? 1.0 : (observed - expected) / (1 - expected);
    return new ErrorConsistency(observed, expected, kappa, trials);
  }

  /**
   * Error consistency over the trials selected by {@code mask}, from correctness bit sets aligned
   * on the same images (see {@link CorrectnessTable}); allocates nothing.
   */
  public static ErrorConsistency of(long[] correctA, long[] correctB, long[] mask) {
    int trials = 0;
    int a = 0;
    int b = 0;
    int disagree = 0;
    for (int i = 0; i < mask.length; i++) {
      long m = mask[i];
      trials += Long.bitCount(m);
      a += Long.bitCount(correctA[i] & m);
      b += Long.bitCount(correctB[i] & m);
      disagree += Long.bitCount((correctA[i] ^ correctB[i]) & m);
    }
    return fromCounts(trials, a, b, trials - disagree);
  }

  /**
   * Error consistency of two observers' trials, matched by image id. Both must hold the same
   * images: a trial without a partner is an error, not silently dropped.
   */
  public static ErrorConsistency between(List<Trial> first, List<Trial> second) {
    Map<String, Trial> byImage = new HashMap<>();
    second.forEach(t -> byImage.put(t.imageId(), t));
    if (byImage.size() != first.size()) {
      throw mismatch(
          first, second, "they hold " + first.size() + " and " + byImage.size() + " images");
    }
    int a = 0;
    int b = 0;
    int agree = 0;
    for (Trial t : first) {
      Trial partner = byImage.get(t.imageId());
      if (partner == null) {
        throw mismatch(first, second, "image " + t.imageId() + " has no partner");
      }
      a += t.correct() ? 1 : 0;
      b += partner.correct() ? 1 : 0;
      agree += t.correct() == partner.correct() ? 1 : 0;
    }
    return fromCounts(first.size(), a, b, agree);
  }

  private static InvalidInputException mismatch(
      List<Trial> first, List<Trial> second, String detail) {
    String a = first.isEmpty() ? "?" : first.get(0).observer();
    String b = second.isEmpty() ? "?" : second.get(0).observer();
    return new InvalidInputException(
        "error consistency needs the same images for " + a + " and " + b + ": " + detail);
  }
}
