package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ObserverTrials;

/**
 * The accuracy of each group of observers on every image of one dataset: the data behind the images
 * on which humans and models disagree most (Section 3.3). Linear in observers and images.
 */
public final class AccuracyPerImage {
  private AccuracyPerImage() {}

  /**
   * Per image, in the dataset's order: the share right of its humans, of {@code supervised}, of
   * {@code selfSupervised} and of both model groups together (models without trials are skipped).
   */
  public static List<ImageAccuracy> of(
      DatasetTrials dataset, List<String> supervised, List<String> selfSupervised) {
    List<ObserverTrials> humans = dataset.humans();
    List<ObserverTrials> sup = present(dataset, supervised);
    List<ObserverTrials> self = present(dataset, selfSupervised);
    List<ObserverTrials> models = new ArrayList<>(sup);
    models.addAll(self);
    List<ImageAccuracy> images = new ArrayList<>();
    for (int i = 0; i < dataset.images().size(); i++) {
      images.add(
          new ImageAccuracy(
              dataset.images().id(i),
              dataset.images().category(i),
              share(humans, i),
              share(sup, i),
              share(self, i),
              share(models, i)));
    }
    return images;
  }

  private static List<ObserverTrials> present(DatasetTrials dataset, List<String> ids) {
    List<ObserverTrials> found = new ArrayList<>();
    ids.forEach(id -> dataset.observer(id).ifPresent(found::add));
    return found;
  }

  private static double share(List<ObserverTrials> observers, int image) {
    if (observers.isEmpty()) {
      return Double.NaN;
    }
    int right = 0;
    for (ObserverTrials o : observers) {
      if (o.correct().contains(image)) {
        right++;
      }
    }
    return (double) right / observers.size();
  }
}
