package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageBitsTest {
  @Test
  void sixtyFourPositionsFitInOneWord() {
    assertThat(ImageBits.wordsFor(0)).isZero();
    assertThat(ImageBits.wordsFor(1)).isEqualTo(1);
    assertThat(ImageBits.wordsFor(64)).isEqualTo(1);
    assertThat(ImageBits.wordsFor(65)).isEqualTo(2);
  }

  @Test
  void positionsBeyondTheSetAreNotInIt() {
    ImageBits all = ImageBits.all(64);
    assertThat(all.contains(63)).isTrue();
    assertThat(all.contains(64)).isFalse();
    assertThat(all.count()).isEqualTo(64);
  }

  @Test
  void setsOfDifferentLengthsCompareOverTheirCommonPositions() {
    ImageBits first = new ImageBits.Builder(70).add(0).add(65).build();
    ImageBits second = new ImageBits.Builder(10).add(0).add(3).build();
    assertThat(first.countWithin(second)).isEqualTo(1);
    assertThat(first.countDifferentWithin(second, ImageBits.all(70))).isEqualTo(1);
    List<Integer> positions = new ArrayList<>();
    first.xor(second).forEach(positions::add);
    assertThat(positions).containsExactly(3, 65);
  }
}
