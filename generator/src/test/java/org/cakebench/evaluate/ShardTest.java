package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 32, 544, 600})
  void shardsPartitionTheJobsAndDifferInSizeByAtMostOne(int count) {
    List<Integer> jobs = IntStream.range(0, 544).boxed().toList(); // 32 models x 17 datasets
    List<Integer> union = new ArrayList<>();
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    for (int i = 0; i < count; i++) {
      List<Integer> mine = new Shard(i, count).select(jobs);
      union.addAll(mine);
      smallest = Math.min(smallest, mine.size());
      largest = Math.max(largest, mine.size());
    }
    assertThat(union).containsExactlyInAnyOrderElementsOf(jobs);
    assertThat(largest - smallest).isLessThanOrEqualTo(1);
  }

  @Test
  void shardITakesEveryNthJobStartingAtI() {
    assertThat(new Shard(1, 3).select(List.of("a", "b", "c", "d", "e", "f", "g")))
        .containsExactly("b", "e");
  }

  @Test
  void parsesIndexSlashCount() {
    assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
    assertThat(Shard.parse(" 0/1 ")).isEqualTo(Shard.ALL);
  }

  @Test
  void rejectsMalformedShards() {
    for (String bad : List.of("8/8", "1", "a/b", "-1/4", "1/0", "99999999999/3")) {
      assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(InvalidInputException.class);
    }
  }
}
