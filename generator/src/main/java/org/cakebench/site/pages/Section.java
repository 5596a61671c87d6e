package org.cakebench.site.pages;

import java.util.List;
import org.cakebench.data.PaperSection;

/**
 * One results section of the paper, mirrored by one page.
 *
 * @param part the part of the report whose figures and claims it shows
 * @param title the page title
 * @param path the page path
 * @param content the commentary file in {@code content/}, without {@code .md}
 * @param finding the paper's headline finding, in one sentence
 * @param navLabel the short label in the navigation, e.g. {@code 3.4 Shape bias}
 */
public record Section(
    PaperSection part, String title, String path, String content, String finding, String navLabel) {

  /** A stable key for anchors and navigation, e.g. {@code shape}. */
  public String key() {
    return part.key();
  }

  /** The paper's section number, e.g. {@code 3.4}. */
  public String number() {
    return part.number();
  }

  /** The four results sections, in paper order. */
  public static List<Section> all() {
    return List.of(
        new Section(
            PaperSection.OOD,
            "Out-of-distribution generalisation",
            "ood-generalisation.html",
            "ood-generalisation",
            "With the exception of SimCLR, supervised and self-supervised models show similar,"
                + " non-human out-of-distribution generalisation.",
            "3.1 OOD generalisation"),
        new Section(
            PaperSection.CATEGORY,
            "Category-level errors",
            "category-errors.html",
            "category-errors",
            "Self-supervised models make non-human category-level errors.",
            "3.2 Category errors"),
        new Section(
            PaperSection.IMAGE,
            "Image-level errors",
            "image-errors.html",
            "image-errors",
            "Self-supervised models make non-human image-level errors, but errors like those of"
                + " supervised models.",
            "3.3 Image errors"),
        new Section(
            PaperSection.SHAPE,
            "Texture and shape bias",
            "shape-bias.html",
            "shape-bias",
            "Self-supervised models are biased towards texture.",
            "3.4 Shape bias"));
  }
}
