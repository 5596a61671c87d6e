package org.cakebench.figures;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of a model's page as seen from a figure's SVG file. The site names the page {@code
 * model-<slug>.html} in its top folder ({@code site.pages.Links.model}); figures may not import the
 * site, so the slug is repeated here and a test checks that both agree for every catalogue id.
 */
final class ModelPageLink {
  private static final Pattern NOT_IN_SLUG = Pattern.compile("[^a-z0-9_-]+");

  private ModelPageLink() {}

  /** The page's file name in the site's top folder, e.g. {@code model-simclr_resnet50x1.html}. */
  static String page(String id) {
    String slug = NOT_IN_SLUG.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("-");
    return "model-" + (slug.isEmpty() ? "x" : slug) + ".html";
  }

  /** The page relative to an SVG in the figures folder, e.g. {@code ../model-resnet50.html}. */
  static String fromFigure(String id) {
    return "../" + page(id);
  }
}
