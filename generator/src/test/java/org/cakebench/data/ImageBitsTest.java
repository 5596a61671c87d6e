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
  void positionsNotAddedAreNotInTheSet() {
    ImageBits some = new ImageBits.Builder(10).add(2).build();
    assertThat(some.contains(2)).isTrue();
    assertThat(some.contains(3)).isFalse();
    assertThat(ImageBits.none(10).contains(0)).isFalse();
  }

  @Test
  void twoObserversDifferOnThePositionsRightForOneOnly() {
    ImageBits first = new ImageBits.Builder(70).add(0).add(1).add(65).build();
    ImageBits second = new ImageBits.Builder(70).add(0).add(3).build();
    ImageBits mask = new ImageBits.Builder(70).add(0).add(1).add(3).add(65).build();
    assertThat(first.countWithin(second)).isEqualTo(1); // 0
    assertThat(first.countDifferentWithin(second, mask)).isEqualTo(3); // 1, 3, 65
    assertThat(first.countDifferentWithin(second, ImageBits.none(70))).isZero();
    List<Integer> positions = new ArrayList<>();
    first.xor(new ImageBits.Builder(10).add(0).add(3).build()).forEach(positions::add);
    assertThat(positions).containsExactly(1, 3, 65);
  }

  @Test
  void theImagesRightForBothAndForNeitherSplitTheRestWithTheDifferingOnes() {
    ImageBits first = new ImageBits.Builder(70).add(0).add(1).add(65).build();
    ImageBits shorter = new ImageBits.Builder(10).add(0).add(3).build();
    assertThat(positions(first.and(shorter))).containsExactly(0);
    assertThat(positions(shorter.and(first))).containsExactly(0);
    ImageBits neither = first.neither(shorter, 70);
    assertThat(neither.count()).isEqualTo(70 - 4);
    assertThat(neither.contains(2)).isTrue();
    assertThat(neither.contains(69)).isTrue();
    assertThat(neither.contains(70)).isFalse();
    for (int i : List.of(0, 1, 3, 65)) {
      assertThat(neither.contains(i)).as("position %d", i).isFalse();
    }
    assertThat(first.xor(shorter).count() + first.and(shorter).count() + neither.count())
        .isEqualTo(70);
  }

  private static List<Integer> positions(ImageBits bits) {
    List<Integer> positions = new ArrayList<>();
    bits.forEach(positions::add);
    return positions;
  }
}
