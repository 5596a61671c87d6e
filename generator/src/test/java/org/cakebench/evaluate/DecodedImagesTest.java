package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.cakebench.data.Category;
import org.cakebench.data.ConditionLabels;
import org.cakebench.data.Datasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are decoded once and kept only at the input sizes the run's models need. */
class DecodedImagesTest {
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);
  @TempDir Path dir;

  @AfterAll
  static void stopWorkers() {
    WORKERS.shutdownNow();
  }

  private StimulusSet largeSketch() throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        image.setRGB(x, y, (x * 7 + y * 3) & 0xffffff);
      }
    }
    Path file = dir.resolve("0001_sk_dnn_0_cat_00_cat1.png");
    ImageIO.write(image, "png", file.toFile());
    return new StimulusSet(
        Datasets.require("sketch"),
        List.of(
            new Stimulus(
                file, file.getFileName().toString(), Category.at(0), ConditionLabels.MISSING)),
        "digest");
  }

  @Test
  void eachImageIsFittedOnceForEachInputSizeAndKeptOnlyFitted() throws IOException {
    StimulusSet set = largeSketch();
    RgbImage full = ImageDecoder.decode(set.images().get(0).file());
    try (DecodedImages images = DecodedImages.start(set, List.of(299, 224, 224), WORKERS)) {
      RgbImage at224 = images.get(0, 224);
      RgbImage at299 = images.get(0, 299);
      assertThat(at224.width()).isEqualTo(224);
      assertThat(at224.pixels()).isEqualTo(InputTransform.fit(full, 224).pixels());
      assertThat(at299.pixels()).isEqualTo(InputTransform.fit(full, 299).pixels());
      // computed once: every model of that size gets the same image
      assertThat(images.get(0, 224)).isSameAs(at224);
      assertThatThrownBy(() -> images.get(0, 640))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[224, 299]");
    }
  }
}
