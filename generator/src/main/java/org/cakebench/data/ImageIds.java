package org.cakebench.data;

import java.util.regex.Pattern;

/**
 * Derives the image id that matches trials of different observers: the last {@code _}-separated
 * part of the image name, or the last two for ImageNet-style names ({@code n01234567_123.png}).
 */
public final class ImageIds {
  private static final Pattern WORDNET_ID = Pattern.compile("n\\d{8}");

  private ImageIds() {}

  /**
   * The image id of {@code imageName}; {@code 0001_cl_s01_cr_oven_40_n04111531_14126.png} gives
   * {@code n04111531_14126.png}.
   */
  public static String of(String imageName) {
    int last = imageName.lastIndexOf('_');
    if (last < 0) {
      return imageName;
    }
    int previous = imageName.lastIndexOf('_', last - 1);
    String beforeLast = imageName.substring(previous + 1, last);
    return WORDNET_ID.matcher(beforeLast).matches()
        ? imageName.substring(previous + 1)
        : imageName.substring(last + 1);
  }

  /** The stem of an image id: the id without its file extension. */
  public static String stem(String imageId) {
    int dot = imageId.lastIndexOf('.');
    return dot < 0 ? imageId : imageId.substring(0, dot);
  }
}
