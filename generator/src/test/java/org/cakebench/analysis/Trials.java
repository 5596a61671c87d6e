package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ImageIds;
import org.cakebench.data.Trial;

/** Builds trial records and aligned datasets for hand-computed test cases. */
final class Trials {
  private Trials() {}

  /** A trial of {@code observer} on {@code image}; {@code response} null means no answer. */
  static Trial trial(
      String observer, String image, Category truth, Category response, String condition) {
    return new Trial(
        observer, 1, 1, Double.NaN, response, truth, condition, image, ImageIds.of(image));
  }

  /**
   * A trial that is right or wrong (wrong answers say {@link Category#KNIFE} or {@link
   * Category#OVEN}).
   */
  static Trial answer(String observer, String image, boolean correct) {
    Category wrong = image.hashCode() % 2 == 0 ? Category.KNIFE : Category.OVEN;
    return trial(observer, image, Category.CAT, correct ? Category.CAT : wrong, "0");
  }

  /** Trials of {@code observer} on images img0..imgN, right where the pattern says 1. */
  static List<Trial> pattern(String observer, String correct) {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < correct.length(); i++) {
      trials.add(answer(observer, "img" + i + ".png", correct.charAt(i) == '1'));
    }
    return trials;
  }

  /** The trials of every list, aligned as the trial file reader aligns them. */
  @SafeVarargs
  static DatasetTrials dataset(Dataset dataset, List<Trial>... observers) {
    List<Trial> all = new ArrayList<>();
    for (List<Trial> o : observers) {
      all.addAll(o);
    }
    return DatasetTrials.of(dataset, all);
  }
}
