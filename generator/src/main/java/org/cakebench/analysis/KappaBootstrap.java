package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Trial;

/**
 * How much the error consistency of a dataset depends on which images happened to be shown: a
 * bootstrap over images (Efron &amp; Tibshirani, 1993). Takes the trials of one dataset without
 * conditions and the models to compare; draws the images with replacement {@link #RESAMPLES} times
 * from a fixed seed and recomputes, in every resample, the mean κ over pairs of humans, each
 * model's mean κ with the humans (as {@link ErrorConsistency} and {@link Analyses} do) and the gap
 * between the humans and the closest model. Gives the values on the data as they are with 95%
 * percentile intervals. The human observers stay fixed; only the sampling of images is varied.
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
    String name = dataset.dataset().name();
    List<ObserverTrials> humans = dataset.humans();
    if (humans.size() < 2) {
      throw new InvalidInputException(name + ": the bootstrap needs two or more humans");
    }
    List<ObserverTrials> compared = new ArrayList<>();
    for (String m : models) {
      dataset.observer(m).ifPresent(compared::add);
    }
    Map<String, Integer> index = new HashMap<>();
    humans.get(0).trials().forEach(t -> index.putIfAbsent(t.imageId(), index.size()));
    boolean[][] human = correctness(name, humans, index);
    boolean[][] model = correctness(name, compared, index);
    int n = index.size();

    Stats point = stats(human, model, ones(n), n);
    int closest = argmax(point.models());
    double[][] values = new double[3][resamples];
    SplittableRandom random = new SplittableRandom(seed);
    int[] weights = new int[n];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[random.nextInt(n)]++;
      }
      Stats s = stats(human, model, weights, n);
      double best = max(s.models());
      values[0][r] = s.humans();
      values[1][r] = best;
      values[2][r] = s.humans() - best;
    }
    double pointBest = max(point.models());
    return new KappaIntervals(
        name,
        n,
        resamples,
        estimate(point.humans(), values[0]),
        closest < 0 ? null : compared.get(closest).observer(),
        estimate(pointBest, values[1]),
        estimate(point.humans() - pointBest, values[2]));
  }

  /** Mean κ over pairs of humans and each model's mean κ with the humans, for one weighting. */
  private record Stats(double humans, double[] models) {}

  private static Stats stats(boolean[][] human, boolean[][] model, int[] weights, int n) {
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < human.length; a++) {
      for (int b = a + 1; b < human.length; b++) {
        sum += kappa(human[a], human[b], weights, n);
        pairs++;
      }
    }
    double[] models = new double[model.length];
    for (int m = 0; m < model.length; m++) {
      double total = 0;
      for (boolean[] h : human) {
        total += kappa(model[m], h, weights, n);
      }
      models[m] = total / human.length;
    }
    return new Stats(sum / pairs, models);
  }

  /** κ of two observers when image i counts {@code weights[i]} times. */
  private static double kappa(boolean[] a, boolean[] b, int[] weights, int n) {
    int correctA = 0;
    int correctB = 0;
    int agree = 0;
    for (int i = 0; i < n; i++) {
      int w = weights[i];
      if (a[i]) {
        correctA += w;
      }
      if (b[i]) {
        correctB += w;
      }
      if (a[i] == b[i]) {
        agree += w;
      }
    }
    return ErrorConsistency.fromCounts(n, correctA, correctB, agree).kappa();
  }

  private static boolean[][] correctness(
      String dataset, List<ObserverTrials> observers, Map<String, Integer> index) {
    boolean[][] out = new boolean[observers.size()][index.size()];
    for (int o = 0; o < observers.size(); o++) {
      ObserverTrials trials = observers.get(o);
      if (trials.trials().size() != index.size()) {
        throw new InvalidInputException(
            dataset
                + ": "
                + trials.observer()
                + " has "
                + trials.trials().size()
                + " trials for "
                + index.size()
                + " images; the bootstrap needs every observer on every image");
      }
      for (Trial t : trials.trials()) {
        Integer i = index.get(t.imageId());
        if (i == null) {
          throw new InvalidInputException(
              dataset + ": image " + t.imageId() + " of " + trials.observer() + " is unknown");
        }
        out[o][i] = t.correct();
      }
    }
    return out;
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

  private static int[] ones(int n) {
    int[] w = new int[n];
    Arrays.fill(w, 1);
    return w;
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
