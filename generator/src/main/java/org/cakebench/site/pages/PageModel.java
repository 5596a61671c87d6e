package org.cakebench.site.pages;

/**
 * A page before rendering: where it goes, its title, which template draws it and the view record
 * the template reads (as {@code view}).
 *
 * @param path the output path, e.g. {@code shape-bias.html}
 * @param title the page title (its h1)
 * @param navKey the navigation entry it belongs to, e.g. {@code shape}
 * @param template the template name in {@code templates/}, without {@code .html}
 * @param description one sentence for the meta description
 * @param view the template's data
 */
public record PageModel(
    String path, String title, String navKey, String template, String description, Object view) {}
