package org.cakebench.site;

import java.nio.file.Path;

/**
 * The project folders the site is made from.
 *
 * @param content Markdown commentary ({@code content/})
 * @param templates Thymeleaf templates ({@code templates/})
 * @param assets stylesheet, scripts and icons copied as they are ({@code assets/})
 */
public record SitePaths(Path content, Path templates, Path assets) {

  /**
   * The standard layout under a project folder: {@code content/}, {@code templates/}, {@code
   * assets/}.
   */
  public static SitePaths under(Path projectRoot) {
    return new SitePaths(
        projectRoot.resolve("content"),
        projectRoot.resolve("templates"),
        projectRoot.resolve("assets"));
  }
}
