package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ImageBits;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;

/**
 * How much the error consistency of a dataset depends on which images happened to be shown: a
 * bootstrap over images (Efron &amp; Tibshirani, 1993). Takes the trials of one dataset without
 * conditions and the models to compare; draws the images with replacement {@link #RESAMPLES} times
 * from a fixed seed and recomputes, in every resample, the mean κ over pairs of humans, each
 * model's mean κ with the humans (as {@link ErrorConsistency} and {@link Analyses} do) and the gap
 * between the humans and the closest model. Gives the values on the data as they are with 95%
 * percentile intervals. The human observers stay fixed; only the sampling of images is varied.
 *
 * <p>The resamples are held per image ({@code weights[image][resample]}, four to a {@code long}),
 * so each observer pair costs one pass over the images on which exactly one of the two is right,
 * adding a whole row of resample weights per image: linear in the number of models.
 */
public final class KappaBootstrap {
  /** Resamples per dataset. */
  public static final int RESAMPLES = 1000;

  /** The seed of the resampling, fixed so that every build gives the same intervals. */
  public static final long SEED = 20_201_104L;

  private KappaBootstrap() {}

  /** Intervals of one dataset with {@link #RESAMPLES} resamples from {@link #SEED}. */
  public static KappaIntervals of(DatasetTrials dataset, List<String> models) {
    return of(dataset, models, RESAMPLES, SEED);
  }

  /**
   * Intervals of one dataset from {@code resamples} resamples drawn from {@code seed}; those of
   * {@code models} without trials on it are skipped.
   */
  public static KappaIntervals of(
      DatasetTrials dataset, List<String> models, int resamples, long seed) {
    List<ObserverTrials> humans = dataset.humans();
    if (humans.size() < 2) {
      throw new InvalidInputException(
          dataset.dataset().name() + ": the bootstrap needs two or more humans");
    }
    List<ObserverTrials> compared = new ArrayList<>();
    for (String m : models) {
      dataset.observer(m).ifPresent(compared::add);
    }
    int n = dataset.images().size();
    Resamples point = Resamples.identity(n);
    Resamples drawn = Resamples.draw(n, resamples, seed);

    double[][] pointModels = modelKappas(humans, compared, point, n);
    double pointHumans = humanKappa(humans, point, n)[0];
    int closest = argmax(column(pointModels, 0));
    double pointBest = max(column(pointModels, 0));

    double[] humanValues = humanKappa(humans, drawn, n);
    double[][] modelValues = modelKappas(humans, compared, drawn, n);
    double[] best = new double[resamples];
    double[] gap = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      best[r] = max(column(modelValues, r));
      gap[r] = humanValues[r] - best[r];
    }
    return new KappaIntervals(
        dataset.dataset(),
        n,
        resamples,
        estimate(pointHumans, humanValues),
        closest < 0 ? null : compared.get(closest).observer(),
        estimate(pointBest, best),
        estimate(pointHumans - pointBest, gap));
  }

  /**
   * How often each image is drawn in each resample, stored per image so that a sum over the images
   * of a bit set adds whole rows of resamples at once. Several resamples share a {@code long}, in
   * lanes of equal width: a resample draws {@code n} images in all, so no sum of its weights
   * exceeds {@code n}, and with {@code n} below 2^16 four 16-bit lanes add without carrying into
   * one another. One addition then serves four resamples, which the quick compiler's scalar loops
   * need (it does not vectorise).
   *
   * @param weights {@code weights[image][word]}, resample {@code r} in lane {@code r % lanes} of
   *     word {@code r / lanes}
   * @param count the number of resamples
   * @param lanes resamples per word (4 below 2^16 images, else 1)
   */
  private record Resamples(long[][] weights, int count, int lanes) {
    static Resamples identity(int n) {
      long[][] weights = new long[n][1];
      for (long[] w : weights) {
        w[0] = 1;
      }
      return new Resamples(weights, 1, 1);
    }

    /** Images drawn with replacement, resample after resample, from one seeded stream. */
    static Resamples draw(int n, int count, long seed) {
      int lanes = n < (1 << 16) ? 4 : 1;
      int bits = Long.SIZE / lanes;
      long[][] weights = new long[n][(count + lanes - 1) / lanes];
      SplittableRandom random = new SplittableRandom(seed);
      for (int r = 0; r < count; r++) {
        long one = 1L << (bits * (r % lanes));
        int word = r / lanes;
        for (int i = 0; i < n; i++) {
          weights[random.nextInt(n)][word] += one;
        }
      }
      return new Resamples(weights, count, lanes);
    }

    /** Per resample, the summed weight of the images in {@code images}. */
    int[] sum(ImageBits images) {
      long[] words = new long[(count + lanes - 1) / lanes];
      images.forEach(
          i -> {
            long[] row = weights[i];
            for (int w = 0; w < words.length; w++) {
              words[w] += row[w];
            }
          });
      int bits = Long.SIZE / lanes;
      long mask = lanes == 1 ? -1L : (1L << bits) - 1;
      int[] total = new int[count];
      for (int r = 0; r < count; r++) {
        total[r] = (int) ((words[r / lanes] >>> (bits * (r % lanes))) & mask);
      }
      return total;
    }
  }

  /** Per resample, the mean κ over pairs of different humans. */
  private static double[] humanKappa(List<ObserverTrials> humans, Resamples resamples, int n) {
    int[][] correct = correctCounts(humans, resamples);
    double[] sum = new double[resamples.count()];
    int pairs = 0;
    for (int a = 0; a < humans.size(); a++) {
      for (int b = a + 1; b < humans.size(); b++) {
        add(sum, kappas(humans.get(a), humans.get(b), correct[a], correct[b], resamples, n));
        pairs++;
      }
    }
    for (int r = 0; r < sum.length; r++) {
      sum[r] /= pairs;
    }
    return sum;
  }

  /** Per model and resample, its mean κ with the humans. */
  private static double[][] modelKappas(
      List<ObserverTrials> humans, List<ObserverTrials> models, Resamples resamples, int n) {
    int[][] humanCorrect = correctCounts(humans, resamples);
    // Models in parallel: cue-conflict has eight times the images of edge and silhouette, so the
    // three datasets alone would leave a core idle; each model's values depend on nothing else.
    return IntStream.range(0, models.size())
        .parallel()
        .mapToObj(
            m -> {
              ObserverTrials model = models.get(m);
              int[] modelCorrect = resamples.sum(model.correct());
              double[] total = new double[resamples.count()];
              for (int h = 0; h < humans.size(); h++) {
                add(
                    total,
                    kappas(model, humans.get(h), modelCorrect, humanCorrect[h], resamples, n));
              }
              for (int r = 0; r < total.length; r++) {
                total[r] /= humans.size();
              }
              return total;
            })
        .toArray(double[][]::new);
  }

  private static int[][] correctCounts(List<ObserverTrials> observers, Resamples resamples) {
    int[][] counts = new int[observers.size()][];
    for (int o = 0; o < observers.size(); o++) {
      counts[o] = resamples.sum(observers.get(o).correct());
    }
    return counts;
  }

  /** κ of two observers in every resample; they disagree on the images right for one only. */
  private static double[] kappas(
      ObserverTrials a,
      ObserverTrials b,
      int[] correctA,
      int[] correctB,
      Resamples resamples,
      int n) {
    int[] disagree = disagreements(a.correct(), b.correct(), correctA, correctB, resamples, n);
    double[] kappa = new double[resamples.count()];
    for (int r = 0; r < kappa.length; r++) {
      kappa[r] = ErrorConsistency.fromCounts(n, correctA[r], correctB[r], n - disagree[r]).kappa();
    }
    return kappa;
  }

  /**
   * Per resample, the weight of the images exactly one of two observers got right. The images fall
   * into three sets, right for one only, right for both and right for neither, and each resample
   * weighs n images in all; so the sum over any one of the sets gives the disagreements, with the
   * observers' own sums of correct images. The smallest set is summed: the sum costs a row of
   * resample weights per image, and the smallest of three has at most a third of the images.
   */
  private static int[] disagreements(
      ImageBits a, ImageBits b, int[] correctA, int[] correctB, Resamples resamples, int n) {
    int both = a.countWithin(b);
    int one = a.count() + b.count() - 2 * both;
    int neither = n - one - both;
    if (one <= both && one <= neither) {
      return resamples.sum(a.xor(b));
    }
    // right for one only = right for a + right for b - 2 x right for both
    //                    = 2n - right for a - right for b - 2 x right for neither
    boolean fromBoth = both <= neither;
    int[] shared = resamples.sum(fromBoth ? a.and(b) : a.neither(b, n));
    int[] disagree = new int[shared.length];
    for (int r = 0; r < disagree.length; r++) {
      int sum = correctA[r] + correctB[r];
      disagree[r] = fromBoth ? sum - 2 * shared[r] : 2 * n - sum - 2 * shared[r];
    }
    return disagree;
  }

  private static void add(double[] sum, double[] values) {
    for (int r = 0; r < sum.length; r++) {
      sum[r] += values[r];
    }
  }

  /** The values of every model in resample {@code r}. */
  private static double[] column(double[][] values, int r) {
    double[] column = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      column[m] = values[m][r];
    }
    return column;
  }

  private static Estimate estimate(double value, double[] resampled) {
    double[] finite = Arrays.stream(resampled).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0 || !Double.isFinite(value)) {
      return new Estimate(value, Double.NaN, Double.NaN);
    }
    int low = (int) Math.floor(0.025 * finite.length);
    int high = Math.max(low, (int) Math.ceil(0.975 * finite.length) - 1);
    return new Estimate(value, finite[low], finite[high]);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static int argmax(double[] values) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (best < 0 || values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
