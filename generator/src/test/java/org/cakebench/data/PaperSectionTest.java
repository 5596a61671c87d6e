package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperSectionTest {
  @Test
  void theResultsSectionsCarryThePapersNumbers() {
    assertThat(PaperSection.OOD.number()).isEqualTo("3.1");
    assertThat(PaperSection.SHAPE.number()).isEqualTo("3.4");
    assertThat(PaperSection.DATA.number()).isEmpty();
    assertThat(PaperSection.BENCHMARK.number()).isEmpty();
  }

  @Test
  void keysAreLowerCaseWords() {
    assertThat(PaperSection.values())
        .extracting(PaperSection::key)
        .containsExactly("data", "ood", "category", "image", "shape", "benchmark");
  }
}
