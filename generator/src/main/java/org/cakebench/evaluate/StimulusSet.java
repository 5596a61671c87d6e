package org.cakebench.evaluate;

import java.util.List;
import org.cakebench.data.Dataset;

/**
 * The images of one dataset in evaluation order (as torchvision's {@code ImageFolder} sorts them).
 *
 * @param dataset the dataset
 * @param images its images
 * @param digest SHA-256 over every image's relative path and content, so that any change to the
 *     image set invalidates cached decisions
 */
public record StimulusSet(Dataset dataset, List<Stimulus> images, String digest) {
  public StimulusSet {
    images = List.copyOf(images);
  }

  /** Number of images. */
  public int size() {
    return images.size();
  }
}
