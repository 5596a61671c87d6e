package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageIdsTest {
  @Test
  void imageIdIsTheLastUnderscorePart() {
    assertThat(ImageIds.of("0001_s5n_s01_0_bird_00_bird3-bird2.png")).isEqualTo("bird3-bird2.png");
    assertThat(ImageIds.of("bird3-bird2.png")).isEqualTo("bird3-bird2.png");
  }

  @Test
  void imageNetNamesKeepTheirWordNetId() {
    assertThat(ImageIds.of("0001_cl_dnn_cr_oven_40_n04111531_14126.png"))
        .isEqualTo("n04111531_14126.png");
  }

  @Test
  void stemDropsTheExtension() {
    assertThat(ImageIds.stem("airplane1-bicycle2.png")).isEqualTo("airplane1-bicycle2");
  }

  @Test
  void onlyAnNAndEightDigitsMakeAWordNetId() {
    assertThat(ImageIds.of("0001_n0411153x_14126.png")).isEqualTo("14126.png");
    assertThat(ImageIds.of("0001_x04111531_14126.png")).isEqualTo("14126.png");
    assertThat(ImageIds.of("0001_n0411153_14126.png")).isEqualTo("14126.png");
    assertThat(ImageIds.of("0001_n041115310_14126.png")).isEqualTo("14126.png");
    // the character just after 9 is no digit
    assertThat(ImageIds.of("0001_n0411153:_14126.png")).isEqualTo("14126.png");
    assertThat(ImageIds.of("n04111531_14126.png")).isEqualTo("n04111531_14126.png");
  }

  @Test
  void aLeadingUnderscoreOrDotStillSeparates() {
    assertThat(ImageIds.of("_cat1.png")).isEqualTo("cat1.png");
    assertThat(ImageIds.stem(".png")).isEmpty();
    assertThat(ImageIds.stem("cat1")).isEqualTo("cat1");
  }
}
