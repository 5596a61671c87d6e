package org.cakebench.figures;

import java.awt.Graphics2D;
import java.util.List;

/**
 * A picture of fixed nominal size in CSS pixels that paints itself onto any {@link Graphics2D}: the
 * SVG recorder and the 2x PNG raster both take the same drawing; the SVG also gets its hotspots.
 */
public interface Drawing {
  /** Nominal width in CSS pixels. */
  int width();

  /** Nominal height in CSS pixels. */
  int height();

  /** Paints the picture with its top-left corner at the origin of {@code g}. */
  void paint(Graphics2D g);

  /** The places a reader can point at for a tooltip and a link, in the order they are drawn. */
  default List<Hotspot> hotspots() {
    return List.of();
  }
}
