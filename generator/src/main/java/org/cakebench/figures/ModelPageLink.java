package org.cakebench.figures;

import java.util.Locale;

/**
 * The address of a model's page as seen from a figure's SVG file. The site names the page {@code
 * model-<slug>.html} in its top folder ({@code site.pages.Links.model}); figures may not import the
 * site, so the slug is repeated here and a test checks that both agree for every catalogue id.
 */
final class ModelPageLink {
  private ModelPageLink() {}

  /** The page's file name in the site's top folder, e.g. {@code model-simclr_resnet50x1.html}. */
  static String page(String id) {
    String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    return "model-" + (slug.isEmpty() ? "x" : slug) + ".html";
  }

  /** The page relative to an SVG in the figures folder, e.g. {@code ../model-resnet50.html}. */
  static String fromFigure(String id) {
    return "../" + page(id);
  }
}
