package org.cakebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.ImageAccuracy;
import org.cakebench.data.Category;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

class ImageErrorsTest {
  private static ImageAccuracy image(String id, double humans, double models) {
    return new ImageAccuracy(id, Category.CAT, humans, models, Double.NaN, models);
  }

  @Test
  void listsTheLargestGapsEachWayAtMostEightAndSkipsTies() {
    List<ImageAccuracy> images = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      images.add(image("h" + i + ".png", 1.0, i / 10.0));
    }
    images.add(image("m.png", 0.2, 1.0));
    images.add(image("same.png", 0.5, 0.5));
    images.add(image("nomodels.png", 0.5, Double.NaN));
    ImageErrors e = ImageErrors.of(Datasets.EDGE, images);
    assertThat(e.humansBetter()).hasSize(ImageErrors.SHOWN);
    assertThat(e.humansBetter().get(0).imageId()).isEqualTo("h0.png");
    assertThat(e.humansBetter().get(7).imageId()).isEqualTo("h7.png");
    assertThat(e.modelsBetter()).extracting(ImageAccuracy::imageId).containsExactly("m.png");
  }
}
