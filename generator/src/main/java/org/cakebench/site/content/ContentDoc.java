package org.cakebench.site.content;

/**
 * One Markdown file of {@code content/}, rendered.
 *
 * @param name the file name without {@code .md}, e.g. {@code shape-bias}
 * @param title the text of its {@code # } heading (the page's h1), or empty
 * @param html the sanitised HTML of the rest
 */
public record ContentDoc(String name, String title, String html) {

  /** Its title, or {@code fallback} when the file has no {@code # } heading. */
  public String titleOr(String fallback) {
    return title.isEmpty() ? fallback : title;
  }
}
