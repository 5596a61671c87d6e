package org.cakebench.site.pages;

/**
 * One rendered HTML page on its way from the templates through post-processing to disk.
 *
 * @param path the file path relative to the output folder, e.g. {@code shape-bias.html}
 * @param title the page title
 * @param html the complete HTML document
 */
public record Page(String path, String title, String html) {

  /** A copy with other HTML. */
  public Page withHtml(String newHtml) {
    return new Page(path, title, newHtml);
  }
}
