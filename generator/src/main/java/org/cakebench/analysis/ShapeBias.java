package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Category;
import org.cakebench.data.ImageIds;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Trial;

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

  /** The share of cue decisions that follow the texture: 1 - {@link #bias()}. */
  public double textureBias() {
    return 1 - bias();
  }

  /** The shape bias of {@code trials} (cue-conflict trials; the shape is the true category). */
  public static ShapeBias of(List<Trial> trials) {
    int shape = 0;
    int texture = 0;
    for (Trial t : trials) {
      Category textureCategory = textureCategory(t.imageId());
      if (textureCategory == t.category() || t.response() == null) {
        continue;
      }
      if (t.response() == t.category()) {
        shape++;
      } else if (t.response() == textureCategory) {
        texture++;
      }
    }
    int n = trials.size();
    return n == 0
        ? new ShapeBias(Double.NaN, Double.NaN, 0)
        : new ShapeBias((double) shape / n, (double) texture / n, n);
  }

  /** The shape bias of the trials of each shape category (those that have trials). */
  public static Map<Category, ShapeBias> perCategory(List<Trial> trials) {
    Map<Category, List<Trial>> byShape = new EnumMap<>(Category.class);
    for (Trial t : trials) {
      byShape.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
    }
    Map<Category, ShapeBias> result = new EnumMap<>(Category.class);
    byShape.forEach((category, list) -> result.put(category, of(list)));
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
