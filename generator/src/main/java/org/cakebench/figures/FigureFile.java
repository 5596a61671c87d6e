package org.cakebench.figures;

import java.util.Optional;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;
import org.jspecify.annotations.Nullable;

/**
 * A rendered figure on disk, as the site stage sees it. Paths are relative to the output root (e.g.
 * {@code figures/fig1-contrast.svg}) so pages can link them with relative URLs.
 *
 * @param id stable id, also the file stem, e.g. {@code fig1-contrast}
 * @param section the part of the report it belongs to
 * @param dataset the one dataset it shows, or null for figures about several
 * @param title short title
 * @param caption the caption shown under it, including which listed models have no data yet
 * @param altText a text alternative describing what the figure shows
 * @param svg relative path of the SVG
 * @param png relative path of the PNG (rendered at twice the nominal size)
 * @param csv relative path of the numbers behind it
 * @param width nominal width in CSS pixels
 * @param height nominal height in CSS pixels
 */
public record FigureFile(
    String id,
    PaperSection section,
    @Nullable Dataset dataset,
    String title,
    String caption,
    String altText,
    String svg,
    String png,
    String csv,
    int width,
    int height) {

  /** The one dataset it shows, if it shows one. */
  public Optional<Dataset> about() {
    return Optional.ofNullable(dataset);
  }
}
