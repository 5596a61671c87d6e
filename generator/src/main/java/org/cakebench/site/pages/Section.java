package org.cakebench.site.pages;

import java.util.List;

/**
 * One results section of the paper, mirrored by one page.
 *
 * @param key the figure and claim section key, e.g. {@code shape}
 * @param number the paper's section number, e.g. {@code 3.4}
 * @param title the page title
 * @param path the page path
 * @param content the commentary file in {@code content/}, without {@code .md}
 * @param finding the paper's headline finding, in one sentence
 * @param navLabel the short label in the navigation, e.g. {@code 3.4 Shape bias}
 */
public record Section(
    String key,
    String number,
    String title,
    String path,
    String content,
    String finding,
    String navLabel) {

  /** The four results sections, in paper order. */
  public static List<Section> all() {
    return List.of(
        new Section(
            "ood",
            "3.1",
            "Out-of-distribution generalisation",
            "ood-generalisation.html",
            "ood-generalisation",
            "With the exception of SimCLR, supervised and self-supervised models show similar,"
                + " non-human out-of-distribution generalisation.",
            "3.1 OOD generalisation"),
        new Section(
            "category",
            "3.2",
            "Category-level errors",
            "category-errors.html",
            "category-errors",
            "Self-supervised models make non-human category-level errors.",
            "3.2 Category errors"),
        new Section(
            "image",
            "3.3",
            "Image-level errors",
            "image-errors.html",
            "image-errors",
            "Self-supervised models make non-human image-level errors, but errors like those of"
                + " supervised models.",
            "3.3 Image errors"),
        new Section(
            "shape",
            "3.4",
            "Texture and shape bias",
            "shape-bias.html",
            "shape-bias",
            "Self-supervised models are biased towards texture.",
            "3.4 Shape bias"));
  }
}
