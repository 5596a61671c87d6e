package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;

class BatchSizeTest {
  @Test
  void autoTakes256ImagesOnAGpuAnd16OnTheCpu() {
    BatchSize auto = BatchSize.parse(" Auto ");
    assertThat(auto.auto()).isTrue();
    assertThat(auto.images(true)).isEqualTo(256);
    assertThat(auto.images(false)).isEqualTo(16);
    assertThat(auto).hasToString("auto");
  }

  @Test
  void aNumberIsKeptOnEveryDevice() {
    BatchSize fixed = BatchSize.parse("48");
    assertThat(fixed.auto()).isFalse();
    assertThat(fixed.images(true)).isEqualTo(48);
    assertThat(fixed.images(false)).isEqualTo(48);
  }

  @Test
  void rejectsWhatIsNeitherAutoNorAPositiveNumber() {
    for (String bad : List.of("0", "-4", "many", "", "99999999999")) {
      assertThatThrownBy(() -> BatchSize.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("batch size must be auto");
    }
  }
}
