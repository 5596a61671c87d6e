package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cakebench.analysis.Trials.pattern;

import java.util.List;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.Test;

class AccuracyPerImageTest {
  // Images img0..img3. Humans: both right on 0 and 1, one right on 2, none on 3.
  private final DatasetTrials edge =
      Trials.dataset(
          Datasets.EDGE,
          pattern("subject-01", "1110"),
          pattern("subject-02", "1100"),
          pattern("resnet50", "0011"),
          pattern("alexnet", "0111"),
          pattern("simclr_resnet50x1", "1001"),
          pattern("bagnet33", "1111"));

  @Test
  void givesEachGroupsShareRightPerImage() {
    List<ImageAccuracy> images =
        AccuracyPerImage.of(edge, List.of("resnet50", "alexnet"), List.of("simclr_resnet50x1"));
    ImageAccuracy first = images.get(0);
    assertThat(first.imageId()).isEqualTo("img0.png");
    assertThat(first.humans()).isEqualTo(1.0);
    assertThat(first.supervised()).isEqualTo(0.0);
    assertThat(first.selfSupervised()).isEqualTo(1.0);
    assertThat(first.models()).isEqualTo(1.0 / 3);
    assertThat(first.humanAdvantage()).isEqualTo(1 - 1.0 / 3);
    ImageAccuracy third = images.get(2);
    assertThat(third.humans()).isEqualTo(0.5);
    assertThat(third.supervised()).isEqualTo(1.0);
    assertThat(third.models()).isEqualTo(2.0 / 3);
  }

  @Test
  void modelsOutsideTheGroupsAndWithoutTrialsDoNotCount() {
    List<ImageAccuracy> images =
        AccuracyPerImage.of(edge, List.of("resnet50", "vgg16_bn"), List.of());
    assertThat(images.get(3).models()).isEqualTo(1.0);
    assertThat(images.get(3).selfSupervised()).isNaN();
  }
}
