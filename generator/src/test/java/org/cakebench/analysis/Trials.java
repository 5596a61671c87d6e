package org.cakebench.analysis;

import org.cakebench.data.Category;
import org.cakebench.data.ImageIds;
import org.cakebench.data.Trial;

/** Builds trial records for hand-computed test cases. */
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
}
