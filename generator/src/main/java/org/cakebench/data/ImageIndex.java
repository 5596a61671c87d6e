package org.cakebench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The images of one dataset in the order every observer's decisions on them are stored: per
 * position the image id, its true category and its condition label, and per condition the set of
 * its positions. Datasets without conditions put every image under {@link Condition#ALL}.
 */
public final class ImageIndex {
  private final List<String> ids;
  private final Map<String, Integer> positions;
  private final byte[] categories;
  private final List<String> conditionOf;
  private final Map<String, ImageBits> conditions;
  private final ImageBits all;

  private ImageIndex(List<String> ids, byte[] categories, List<String> conditionOf) {
    this.ids = List.copyOf(ids);
    this.categories = categories.clone();
    this.conditionOf = List.copyOf(conditionOf);
    this.positions = new HashMap<>(ids.size() * 2);
    Map<String, ImageBits.Builder> masks = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      positions.put(ids.get(i), i);
      masks.computeIfAbsent(conditionOf.get(i), k -> new ImageBits.Builder(ids.size())).add(i);
    }
    Map<String, ImageBits> built = new LinkedHashMap<>();
    masks.forEach((label, bits) -> built.put(label, bits.build()));
    this.conditions = built;
    this.all = ImageBits.all(ids.size());
  }

  /**
   * The images in the given order.
   *
   * @param ids the image ids (see {@link ImageIds}), each once
   * @param categories the true category of each image
   * @param conditions the condition label of each image
   */
  public static ImageIndex of(
      List<String> ids, List<Category> categories, List<String> conditions) {
    if (ids.size() != categories.size() || ids.size() != conditions.size()) {
      throw new IllegalArgumentException("ids, categories and conditions differ in length");
    }
    byte[] codes = new byte[categories.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) categories.get(i).ordinal();
    }
    return new ImageIndex(new ArrayList<>(ids), codes, conditions);
  }

  /** The number of images. */
  public int size() {
    return ids.size();
  }

  /** The id of the image at {@code position}. */
  public String id(int position) {
    return ids.get(position);
  }

  /** The position of an image id, if the dataset has that image. */
  public Optional<Integer> position(String id) {
    return Optional.ofNullable(positions.get(id));
  }

  /** The true category of the image at {@code position}. */
  public Category category(int position) {
    return Category.at(categories[position]);
  }

  /** The condition label of the image at {@code position}. */
  public String condition(int position) {
    return conditionOf.get(position);
  }

  /** Every image. */
  public ImageBits all() {
    return all;
  }

  /** The condition labels that have images, in order of their first image. */
  public List<String> conditionLabels() {
    return List.copyOf(conditions.keySet());
  }

  /** The images of one condition; empty when it has none. */
  public ImageBits condition(String label) {
    ImageBits bits = conditions.get(label);
    return bits == null ? ImageBits.none(size()) : bits;
  }

  /** Whether any image belongs to the condition. */
  public boolean hasCondition(String label) {
    return conditions.containsKey(label);
  }

  /** The images of {@code condition}: every image for {@link Condition#ALL}. */
  public ImageBits images(Condition condition) {
    return condition.equals(Condition.ALL) ? all : condition(condition.label());
  }
}
