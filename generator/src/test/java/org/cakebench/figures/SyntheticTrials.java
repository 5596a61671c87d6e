package org.cakebench.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageIds;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.cakebench.data.Trial;

/**
 * Small, seeded trial sets for figure tests: every observer sees the same images; accuracy falls
 * with the condition, humans sometimes give no answer, models drift to a favourite category, and on
 * cue-conflict images humans follow the shape and models the texture.
 */
final class SyntheticTrials {
  /** The datasets the standard set covers: three parametric, three without conditions. */
  static final List<String> DATASETS =
      List.of("contrast", "low-pass", "uniform-noise", "cue-conflict", "edge", "silhouette");

  private SyntheticTrials() {}

  /** Four humans and three models (two supervised, one self-supervised). */
  static RawData standard() {
    return of(
        List.of("subject-01", "subject-02", "subject-03", "subject-04"),
        List.of("alexnet", "resnet50", "simclr_resnet50x1"),
        DATASETS);
  }

  /** Trials of {@code humans} and {@code models} on the named datasets. */
  static RawData of(List<String> humans, List<String> models, List<String> datasetNames) {
    List<DatasetTrials> datasets = new ArrayList<>();
    for (Dataset d : Datasets.all()) {
      if (!datasetNames.contains(d.name())) {
        continue;
      }
      List<String> ids = new ArrayList<>(humans);
      ids.addAll(models);
      datasets.add(aligned(d, ids));
    }
    return new RawData(datasets);
  }

  private static DatasetTrials aligned(Dataset d, List<String> observers) {
    List<Trial> all = new ArrayList<>();
    observers.forEach(id -> all.addAll(trials(d, id)));
    return DatasetTrials.of(d, all);
  }

  /** {@code base} with the trials of {@code model} added on the named datasets only. */
  static RawData plus(RawData base, String model, List<String> datasetNames) {
    List<DatasetTrials> datasets = new ArrayList<>();
    for (DatasetTrials d : base.datasets()) {
      List<String> ids =
          new ArrayList<>(d.observers().stream().map(ObserverTrials::observer).toList());
      if (datasetNames.contains(d.dataset().name())) {
        ids.add(model);
      }
      datasets.add(aligned(d.dataset(), ids));
    }
    return new RawData(datasets);
  }

  private static List<Trial> trials(Dataset d, String observer) {
    Random random = new Random(observer.hashCode() * 31L + d.name().hashCode());
    boolean human = Observers.isHuman(observer);
    double skill = human ? 0.9 : 0.7 + (Math.abs(observer.hashCode()) % 20) / 100.0;
    Category favourite = Category.at(Math.abs(observer.hashCode()) % Category.count());
    List<Trial> trials = new ArrayList<>();
    if (d.name().equals("cue-conflict")) {
      for (Category shape : Category.values()) {
        for (int k = 0; k < 5; k++) {
          Category texture = Category.at((shape.ordinal() + 1 + k * 3) % Category.count());
          String id = shape.label() + (k + 1) + "-" + texture.label() + (k + 1) + ".png";
          double r = random.nextDouble();
          double shapeShare = human ? 0.8 : 0.25;
          Category response =
              r < shapeShare ? shape : r < 0.92 ? texture : Category.at(random.nextInt(16));
          trials.add(trial(observer, trials.size(), human, response, shape, "0", id));
        }
      }
      return trials;
    }
    List<Condition> conditions =
        d.parametric() ? d.conditions() : List.of(new Condition("0", "0", true));
    for (int c = 0; c < conditions.size(); c++) {
      double difficulty = conditions.size() == 1 ? 0.3 : (double) c / (conditions.size() - 1);
      double p = Math.max(1.0 / 16, skill * (1 - difficulty * (human ? 0.7 : 1.0)));
      for (Category category : Category.values()) {
        for (int k = 0; k < 3; k++) {
          String id = conditions.get(c).label() + "-" + category.label() + k + ".png";
          double r = random.nextDouble();
          Category response;
          if (r < p) {
            response = category;
          } else if (human && r > 0.97) {
            response = null;
          } else if (!human && random.nextDouble() < difficulty) {
            response = favourite;
          } else {
            response = Category.at(random.nextInt(16));
          }
          trials.add(
              trial(
                  observer,
                  trials.size(),
                  human,
                  response,
                  category,
                  conditions.get(c).label(),
                  id));
        }
      }
    }
    return trials;
  }

  private static Trial trial(
      String observer,
      int index,
      boolean human,
      Category response,
      Category category,
      String condition,
      String imageId) {
    String name = String.format("%04d_%s_%s", index + 1, observer.replace('_', '-'), imageId);
    Trial t =
        new Trial(
            observer,
            1,
            index + 1,
            human ? 0.9 : Double.NaN,
            response,
            category,
            condition,
            name,
            ImageIds.of(name));
    if (!t.imageId().equals(imageId)) {
      throw new IllegalStateException("image id " + t.imageId() + " instead of " + imageId);
    }
    return t;
  }
}
