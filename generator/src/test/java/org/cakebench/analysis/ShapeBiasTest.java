package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cakebench.analysis.Trials.trial;
import static org.cakebench.data.Category.CAT;
import static org.cakebench.data.Category.DOG;
import static org.cakebench.data.Category.ELEPHANT;

import java.util.List;
import java.util.Map;
import org.cakebench.data.Category;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageBits;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

class ShapeBiasTest {
  private static ShapeBias of(List<Trial> trials) {
    DatasetTrials d = DatasetTrials.of(Datasets.CUE_CONFLICT, trials);
    return ShapeBias.of(d.images(), ShapeBias.textures(d), d.observers(), d.images().all());
  }

  private static Map<Category, ShapeBias> perCategory(List<Trial> trials) {
    DatasetTrials d = DatasetTrials.of(Datasets.CUE_CONFLICT, trials);
    return ShapeBias.perCategory(d.images(), ShapeBias.textures(d), d.observers());
  }

  @Test
  void textureCategoryIsTheLastHyphenPartWithoutDigits() {
    assertThat(ShapeBias.textureCategory("airplane1-bicycle2.png")).isEqualTo(Category.BICYCLE);
    assertThat(ShapeBias.textureCategory("bird3-bird2.png")).isEqualTo(Category.BIRD);
  }

  @Test
  void shapeBiasCountsShapeAndTextureDecisionsOverAllTrials() {
    List<Trial> trials =
        List.of(
            trial("m", "cat1-elephant2.png", CAT, CAT, "0"),
            trial("m", "cat2-elephant1.png", CAT, CAT, "0"),
            trial("m", "cat3-dog1.png", CAT, CAT, "0"),
            trial("m", "cat4-dog2.png", CAT, DOG, "0"),
            trial("m", "cat5-cat1.png", CAT, CAT, "0"));
    ShapeBias sb = of(trials);
    assertThat(sb.shapeShare()).isEqualTo(3.0 / 5);
    assertThat(sb.textureShare()).isEqualTo(1.0 / 5);
    // the same float arithmetic as model-vs-human: shape / (shape + texture) of the two shares
    assertThat(sb.bias()).isEqualTo((3.0 / 5) / (3.0 / 5 + 1.0 / 5)).isCloseTo(0.75, within(1e-15));
    assertThat(sb.textureBias()).isCloseTo(0.25, within(1e-15));
    // binomial over the 4 decisions naming a cue, 3 of them the shape: (5/8)(3/8)/8
    assertThat(sb.biasError()).isCloseTo(Math.sqrt(5.0 / 8 * 3 / 8 / 8), within(1e-15));
  }

  @Test
  void shapeBiasIgnoresTrialsWhoseShapeEqualsTexture() {
    List<Trial> withNoConflict =
        List.of(
            trial("m", "cat1-elephant2.png", CAT, ELEPHANT, "0"),
            trial("m", "cat2-cat1.png", CAT, CAT, "0"),
            trial("m", "cat3-cat4.png", CAT, CAT, "0"));
    ShapeBias sb = of(withNoConflict);
    assertThat(sb.shapeShare()).isZero();
    assertThat(sb.bias()).isZero();
  }

  @Test
  void noAnswerAndOtherCategoriesCountForNeither() {
    ShapeBias sb =
        of(
            List.of(
                trial("h", "cat1-dog2.png", CAT, null, "0"),
                trial("h", "cat2-dog1.png", CAT, ELEPHANT, "0")));
    assertThat(sb.shapeShare()).isZero();
    assertThat(sb.textureShare()).isZero();
    assertThat(sb.bias()).isNaN();
  }

  @Test
  void pooledObserversCountEveryTrialOfEach() {
    ShapeBias sb =
        of(
            List.of(
                trial("m", "cat1-dog2.png", CAT, CAT, "0"),
                trial("m", "cat2-dog1.png", CAT, DOG, "0"),
                trial("n", "cat1-dog2.png", CAT, DOG, "0"),
                trial("n", "cat2-dog1.png", CAT, DOG, "0")));
    assertThat(sb.trials()).isEqualTo(4);
    assertThat(sb.shapeShare()).isEqualTo(1.0 / 4);
    assertThat(sb.textureShare()).isEqualTo(3.0 / 4);
  }

  @Test
  void aCueConflictImageWithoutTextureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> of(List.of(trial("m", "cat1-zebra2.png", CAT, CAT, "0"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cat1-zebra2.png")
        .hasMessageContaining("'zebra'");
  }

  @Test
  void noTrialsGiveNoShapeBias() {
    DatasetTrials d =
        DatasetTrials.of(
            Datasets.CUE_CONFLICT, List.of(trial("m", "cat1-dog2.png", CAT, CAT, "0")));
    ShapeBias none =
        ShapeBias.of(d.images(), ShapeBias.textures(d), d.observers(), ImageBits.none(1));
    assertThat(none).isEqualTo(new ShapeBias(Double.NaN, Double.NaN, 0));
    assertThat(none.bias()).isNaN();
  }

  @Test
  void perCategoryGroupsByShape() {
    Map<Category, ShapeBias> per =
        perCategory(
            List.of(
                trial("m", "cat1-dog2.png", CAT, CAT, "0"),
                trial("m", "dog1-cat2.png", DOG, CAT, "0")));
    assertThat(per.get(CAT).bias()).isEqualTo(1.0);
    assertThat(per.get(DOG).bias()).isEqualTo(0.0);
    assertThat(per).hasSize(2);
  }
}
