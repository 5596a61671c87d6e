package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Trial;
import org.jspecify.annotations.Nullable;

/**
 * The observers of one dataset aligned on image id: for each observer a bit set of which images it
 * classified correctly, and for each condition a bit set of its images, so that error consistency
 * over thousands of observer pairs is a few popcounts per pair. Every observer must hold the same
 * images.
 */
public final class CorrectnessTable {
  private final List<String> observers;
  private final Map<String, long[]> correct;
  private final Map<String, long[]> conditionMasks;
  private final long[] all;

  private CorrectnessTable(
      List<String> observers,
      Map<String, long[]> correct,
      Map<String, long[]> conditionMasks,
      long[] all) {
    this.observers = observers;
    this.correct = correct;
    this.conditionMasks = conditionMasks;
    this.all = all;
  }

  /** Aligns the observers of {@code dataset}; fails naming both observers if image sets differ. */
  public static CorrectnessTable of(DatasetTrials dataset) {
    List<ObserverTrials> list = dataset.observers();
    if (list.isEmpty()) {
      return new CorrectnessTable(List.of(), Map.of(), Map.of(), new long[0]);
    }
    ObserverTrials reference = list.get(0);
    // Without conditions, labels carry no meaning (humans' files say 0, models' NaN): ignore them.
    boolean parametric = dataset.dataset().parametric();
    TreeMap<String, String> conditionOfImage = new TreeMap<>();
    reference
        .trials()
        .forEach(t -> conditionOfImage.put(t.imageId(), parametric ? t.condition() : ""));
    Map<String, Integer> index = new HashMap<>();
    for (String id : conditionOfImage.keySet()) {
      index.put(id, index.size());
    }
    int words = (index.size() + 63) / 64;
    Map<String, long[]> masks = new LinkedHashMap<>();
    long[] all = new long[words];
    conditionOfImage.forEach(
        (id, condition) -> {
          int i = index.get(id);
          masks.computeIfAbsent(condition, k -> new long[words])[i >> 6] |= 1L << i;
          all[i >> 6] |= 1L << i;
        });
    Map<String, long[]> correct = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (ObserverTrials o : list) {
      if (o.trials().size() != index.size()) {
        throw mismatch(
            dataset, reference, o, o.trials().size() + " images instead of " + index.size());
      }
      long[] bits = new long[words];
      for (Trial t : o.trials()) {
        Integer i = index.get(t.imageId());
        if (i == null) {
          throw mismatch(
              dataset, reference, o, "image " + t.imageId() + " is not among the other's");
        }
        if (parametric && !t.condition().equals(conditionOfImage.get(t.imageId()))) {
          throw mismatch(dataset, reference, o, "image " + t.imageId() + " has another condition");
        }
        if (t.correct()) {
          bits[i >> 6] |= 1L << i;
        }
      }
      correct.put(o.observer(), bits);
      ids.add(o.observer());
    }
    return new CorrectnessTable(List.copyOf(ids), correct, masks, all);
  }

  private static InvalidInputException mismatch(
      DatasetTrials d, ObserverTrials reference, ObserverTrials other, String detail) {
    return new InvalidInputException(
        d.dataset().name()
            + ": observers "
            + reference.origin()
            + " and "
            + other.origin()
            + " were shown different images ("
            + detail
            + "); error consistency needs the same");
  }

  /** The observers in dataset order. */
  public List<String> observers() {
    return observers;
  }

  /** Error consistency of two observers over all images, or those of one condition. */
  public ErrorConsistency consistency(String a, String b, @Nullable String condition) {
    long[] mask = condition == null ? all : conditionMasks.get(condition);
    if (mask == null) {
      mask = new long[all.length];
    }
    return ErrorConsistency.of(correct.get(a), correct.get(b), mask);
  }

  /** The accuracy of one observer over all images, or those of one condition (NaN if none). */
  public double accuracy(String observer, @Nullable String condition) {
    long[] mask = condition == null ? all : conditionMasks.get(condition);
    if (mask == null) {
      return Double.NaN;
    }
    long[] bits = correct.get(observer);
    int trials = 0;
    int right = 0;
    for (int i = 0; i < mask.length; i++) {
      trials += Long.bitCount(mask[i]);
      right += Long.bitCount(bits[i] & mask[i]);
    }
    return trials == 0 ? Double.NaN : (double) right / trials;
  }

  /** Whether any image belongs to {@code condition}. */
  public boolean hasCondition(String condition) {
    return conditionMasks.containsKey(condition);
  }
}
