package org.cakebench.data;

/**
 * Derives the image id that matches trials of different observers: the last {@code _}-separated
 * part of the image name, or the last two for ImageNet-style names ({@code n01234567_123.png}).
 */
public final class ImageIds {
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
    return isWordNetId(beforeLast)
        ? imageName.substring(previous + 1)
        : imageName.substring(last + 1);
  }

  /** Whether {@code part} is a WordNet id: {@code n} and eight digits. */
  private static boolean isWordNetId(String part) {
    if (part.length() != 9 || part.charAt(0) != 'n') {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      char c = part.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The stem of an image id: the id without its file extension. */
  public static String stem(String imageId) {
    int dot = imageId.lastIndexOf('.');
    return dot < 0 ? imageId : imageId.substring(0, dot);
  }
}
