package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.data.Category;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;

class SixteenClassMappingTest {
  private final SixteenClassMapping mapping = SixteenClassMapping.standard();

  @Test
  @Needs(Requirement.SHARED)
  void bundledTableEqualsTheSharedMapping() throws IOException {
    byte[] shared =
        Files.readAllBytes(Fixtures.shared().resolve("data/mappings/imagenet-to-16-class.tsv"));
    assertThat(mapping.digest()).isEqualTo(DigestUtils.sha256Hex(shared));
    assertThat(SixteenClassMapping.parse(new String(shared, StandardCharsets.UTF_8))).hasSize(16);
    assertThat(mapping.indices(Category.AIRPLANE)).containsExactly(404);
    assertThat(mapping.indices(Category.BEAR)).containsExactly(294, 295, 296, 297);
  }

  @Test
  void decisionIsTheHighestMeanProbabilityNotTheHighestSum() {
    float[] logits = new float[1000];
    // dog: many classes, each moderately likely; knife: one class, more likely than any dog class
    for (int index : mapping.indices(Category.DOG)) {
      logits[index] = 3f;
    }
    logits[mapping.indices(Category.KNIFE)[0]] = 4f;
    assertThat(mapping.decide(logits, 0)).isEqualTo(Category.KNIFE);
  }

  @Test
  void decisionReadsTheRequestedRow() {
    float[] logits = new float[3000];
    logits[1000 + mapping.indices(Category.OVEN)[0]] = 10f;
    logits[2000 + mapping.indices(Category.CLOCK)[1]] = 10f;
    assertThat(mapping.decide(logits, 1)).isEqualTo(Category.OVEN);
    assertThat(mapping.decide(logits, 2)).isEqualTo(Category.CLOCK);
  }

  @Test
  void exactTiesGoToTheLaterCategoryAsNumpysFlippedArgsort() {
    float[] logits = new float[1000];
    // airplane, knife and oven each have one class: equal logits give exactly equal means
    logits[mapping.indices(Category.AIRPLANE)[0]] = 50f;
    logits[mapping.indices(Category.KNIFE)[0]] = 50f;
    logits[mapping.indices(Category.OVEN)[0]] = 50f;
    assertThat(mapping.decide(logits, 0)).isEqualTo(Category.OVEN);
  }

  @Test
  void largeLogitsDoNotOverflowTheSoftmax() {
    float[] logits = new float[1000];
    Arrays.fill(logits, 1000f);
    logits[mapping.indices(Category.CAT)[2]] = 1010f;
    assertThat(mapping.decide(logits, 0)).isEqualTo(Category.CAT);
  }
}
