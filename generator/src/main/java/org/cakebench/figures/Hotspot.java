package org.cakebench.figures;

import java.awt.geom.Rectangle2D;
import org.cakebench.data.ObserverGroup;
import org.jspecify.annotations.Nullable;

/**
 * A place in a figure a reader can point at: a circle (a marker) or a rectangle (a cell, a bar) in
 * drawing coordinates, the tooltip that says what is drawn there and the page of the observer it is
 * about. {@link HotspotLayer} writes them into the SVG; the PNG has none.
 *
 * @param round whether the area is the circle inscribed in the box
 * @param x left of the box
 * @param y top of the box
 * @param width width of the box
 * @param height height of the box
 * @param tooltip e.g. {@code ResNet-50, contrast 5: accuracy 23.4 %}
 * @param link the observer's page relative to the SVG file, or null (humans have none)
 */
public record Hotspot(
    boolean round,
    double x,
    double y,
    double width,
    double height,
    String tooltip,
    @Nullable String link) {

  /** A marker of {@code radius} centred at ({@code cx}, {@code cy}) about {@code observer}. */
  static Hotspot marker(
      double cx, double cy, double radius, ObserverStyle observer, String tooltip) {
    return new Hotspot(
        true, cx - radius, cy - radius, 2 * radius, 2 * radius, tooltip, linkOf(observer));
  }

  /** A rectangle about {@code observer}, or about no one when it is null. */
  static Hotspot area(Rectangle2D box, @Nullable ObserverStyle observer, String tooltip) {
    return new Hotspot(
        false,
        box.getX(),
        box.getY(),
        box.getWidth(),
        box.getHeight(),
        tooltip,
        observer == null ? null : linkOf(observer));
  }

  /** The page a hotspot about {@code observer} leads to: a model's page; none for humans. */
  static @Nullable String linkOf(ObserverStyle observer) {
    return observer.group() == ObserverGroup.HUMAN ? null : ModelPageLink.fromFigure(observer.id());
  }
}
