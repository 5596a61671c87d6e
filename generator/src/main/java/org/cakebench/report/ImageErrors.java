package org.cakebench.report;

import java.util.Comparator;
import java.util.List;
import org.cakebench.analysis.ImageAccuracy;
import org.cakebench.data.Dataset;

/**
 * The images of one texture-shape dataset on which humans and the paper's models disagree most
 * (Section 3.3): those the humans got right and the models wrong, and the reverse, each group's
 * accuracy on each image.
 *
 * @param dataset the dataset
 * @param humansBetter images most humans and few models got right, largest gap first
 * @param modelsBetter images most models and few humans got right, largest gap first
 */
public record ImageErrors(
    Dataset dataset, List<ImageAccuracy> humansBetter, List<ImageAccuracy> modelsBetter) {
  /** How many images each list shows. */
  public static final int SHOWN = 8;

  public ImageErrors {
    humansBetter = List.copyOf(humansBetter);
    modelsBetter = List.copyOf(modelsBetter);
  }

  /** The images of {@code images} with the largest gaps either way, at most {@link #SHOWN} each. */
  static ImageErrors of(Dataset dataset, List<ImageAccuracy> images) {
    List<ImageAccuracy> compared =
        images.stream().filter(i -> Double.isFinite(i.humanAdvantage())).toList();
    Comparator<ImageAccuracy> byId = Comparator.comparing(ImageAccuracy::imageId);
    return new ImageErrors(
        dataset,
        compared.stream()
            .filter(i -> i.humanAdvantage() > 0)
            .sorted(
                Comparator.comparingDouble(ImageAccuracy::humanAdvantage)
                    .reversed()
                    .thenComparing(byId))
            .limit(SHOWN)
            .toList(),
        compared.stream()
            .filter(i -> i.humanAdvantage() < 0)
            .sorted(Comparator.comparingDouble(ImageAccuracy::humanAdvantage).thenComparing(byId))
            .limit(SHOWN)
            .toList());
  }
}
