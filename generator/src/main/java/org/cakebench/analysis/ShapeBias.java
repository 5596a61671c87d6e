package org.cakebench.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Category;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ImageIds;
import org.cakebench.data.ImageIndex;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;

/**
 * Shape bias on texture-shape cue-conflict images (Geirhos et al., ICLR 2019): of the decisions
 * that name either the shape or the texture category, the share naming the shape. Trials whose
 * shape equals their texture carry no conflict and count in neither share, but stay in the
 * denominator of both, as in model-vs-human.
 *
 * @param shapeShare responses equal to the shape category, over all trials
 * @param textureShare responses equal to the texture category, over all trials
 * @param trials the number of trials
 */
public record ShapeBias(double shapeShare, double textureShare, int trials) {

  /** shape / (shape + texture); NaN when no decision named either cue. */
  public double bias() {
    double sum = shapeShare + textureShare;
    return sum == 0 ? Double.NaN : shapeShare / sum;
  }

  /** The standard error of {@link #bias()} over its decisions that name either cue. */
  public double biasError() {
    long shape = Math.round(shapeShare * trials);
    long texture = Math.round(textureShare * trials);
    return StandardErrors.binomial(shape, shape + texture);
  }

  /** The share of cue decisions that follow the texture: 1 - {@link #bias()}. */
  public double textureBias() {
    return 1 - bias();
  }

  /**
   * The texture category of every cue-conflict image, by position; fails naming the first
   * observer's files when an image names none.
   */
  public static Category[] textures(DatasetTrials cueConflict) {
    ImageIndex images = cueConflict.images();
    Category[] textures = new Category[images.size()];
    for (int i = 0; i < textures.length; i++) {
      try {
        textures[i] = textureCategory(images.id(i));
      } catch (InvalidInputException e) {
        String origin = cueConflict.observers().get(0).origin();
        throw new InvalidInputException("cue-conflict, " + origin + ": " + e.getMessage());
      }
    }
    return textures;
  }

  /**
   * The shape bias of the pooled trials of {@code observers} on the images of {@code mask}; the
   * shape is the true category, {@code textures} those of {@link #textures}.
   */
  public static ShapeBias of(
      ImageIndex images, Category[] textures, List<ObserverTrials> observers, ImageBits mask) {
    int[] counts = new int[2];
    for (ObserverTrials o : observers) {
      mask.forEach(
          i -> {
            Category response = o.response(i);
            Category shape = images.category(i);
            if (textures[i] == shape || response == null) {
              return;
            }
            if (response == shape) {
              counts[0]++;
            } else if (response == textures[i]) {
              counts[1]++;
            }
          });
    }
    int n = mask.count() * observers.size();
    return n == 0
        ? new ShapeBias(Double.NaN, Double.NaN, 0)
        : new ShapeBias((double) counts[0] / n, (double) counts[1] / n, n);
  }

  /** The shape bias of the trials of each shape category that has trials, in category order. */
  public static Map<Category, ShapeBias> perCategory(
      ImageIndex images, Category[] textures, List<ObserverTrials> observers) {
    Map<Category, ImageBits.Builder> byShape = new EnumMap<>(Category.class);
    for (int i = 0; i < images.size(); i++) {
      byShape.computeIfAbsent(images.category(i), k -> new ImageBits.Builder(images.size())).add(i);
    }
    Map<Category, ShapeBias> result = new EnumMap<>(Category.class);
    byShape.forEach(
        (category, mask) -> result.put(category, of(images, textures, observers, mask.build())));
    return result;
  }

  /**
   * The texture category named by a cue-conflict image id: the last {@code -} part of its stem,
   * digits removed ({@code airplane1-bicycle2.png} gives bicycle).
   */
  public static Category textureCategory(String imageId) {
    String stem = ImageIds.stem(imageId);
    String last = stem.substring(stem.lastIndexOf('-') + 1).replaceAll("\\d", "");
    return Category.fromLabel(last)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "cue-conflict image '"
                        + imageId
                        + "' names no texture category ('"
                        + last
                        + "')"));
  }
}
