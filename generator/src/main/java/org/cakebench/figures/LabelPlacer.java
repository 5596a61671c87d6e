package org.cakebench.figures;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels so they do not overlap each other, the points or the plot edge. Each label
 * tries eight spots around its point, then the same directions further out (drawn with a leader
 * line); it takes the first free spot, or failing that the one with the least overlap. Greedy and
 * deterministic.
 */
final class LabelPlacer {
  private static final double[] RINGS = {8, 22, 38, 56, 78};
  private static final double[][] DIRECTIONS = {
    {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {0.7, -0.7}, {0.7, 0.7}, {-0.7, -0.7}, {-0.7, 0.7}
  };
  private static final double MARKER = 6;

  /**
   * Where a label goes: its anchor and alignment for {@link Text#draw}, and whether it sits away
   * from its point and needs a leader line.
   */
  record Placement(double x, double y, Text.Align h, Text.Align v, boolean leader) {}

  private final Rectangle2D bounds;
  private final Font font;
  private final List<Rectangle2D> taken = new ArrayList<>();

  LabelPlacer(Rectangle2D bounds, Font font, List<Point2D> points) {
    this.bounds = bounds;
    this.font = font;
    for (Point2D p : points) {
      taken.add(
          new Rectangle2D.Double(p.getX() - MARKER, p.getY() - MARKER, 2 * MARKER, 2 * MARKER));
    }
  }

  /** Places {@code label} next to {@code point} and reserves its box. */
  Placement place(String label, Point2D point) {
    Placement best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    search:
    for (int ring = 0; ring < RINGS.length; ring++) {
      for (double[] d : DIRECTIONS) {
        Placement c = candidate(point, d, RINGS[ring], ring > 0);
        double cost = cost(Text.box(label, font, c.x(), c.y(), c.h(), c.v())) + ring;
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
        if (cost == ring) {
          break search;
        }
      }
    }
    Rectangle2D box = Text.box(label, font, best.x(), best.y(), best.h(), best.v());
    taken.add(
        new Rectangle2D.Double(
            box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4));
    return best;
  }

  private static Placement candidate(Point2D p, double[] d, double distance, boolean leader) {
    Text.Align h = d[0] > 0 ? Text.Align.START : d[0] < 0 ? Text.Align.END : Text.Align.CENTRE;
    Text.Align v = d[1] > 0 ? Text.Align.START : d[1] < 0 ? Text.Align.END : Text.Align.CENTRE;
    return new Placement(p.getX() + d[0] * distance, p.getY() + d[1] * distance, h, v, leader);
  }

  private double cost(Rectangle2D box) {
    double cost = 0;
    if (!bounds.contains(box)) {
      cost += 1e6;
    }
    for (Rectangle2D r : taken) {
      Rectangle2D overlap = box.createIntersection(r);
      if (overlap.getWidth() > 0 && overlap.getHeight() > 0) {
        cost += 100 + overlap.getWidth() * overlap.getHeight();
      }
    }
    return cost;
  }
}
