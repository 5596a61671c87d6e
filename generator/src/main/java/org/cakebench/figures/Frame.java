package org.cakebench.figures;

/**
 * Where an XChart plot ended up on the figure: the screen rectangle of its axis ranges, to map data
 * values to figure coordinates for labels and marks the chart cannot draw itself.
 *
 * @param left screen x of {@code xMin}
 * @param right screen x of {@code xMax}
 * @param top screen y of {@code yMax}
 * @param bottom screen y of {@code yMin}
 */
record Frame(
    double left,
    double right,
    double top,
    double bottom,
    double xMin,
    double xMax,
    double yMin,
    double yMax) {

  /** The screen x of data value {@code v}. */
  double x(double v) {
    return left + (v - xMin) / (xMax - xMin) * (right - left);
  }

  /** The screen y of data value {@code v}. */
  double y(double v) {
    return bottom - (v - yMin) / (yMax - yMin) * (bottom - top);
  }

  /** Screen pixels per data unit on the y axis. */
  double yScale() {
    return (bottom - top) / (yMax - yMin);
  }
}
