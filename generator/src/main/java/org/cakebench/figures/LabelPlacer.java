package org.cakebench.figures;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels so they do not overlap each other, the points or the plot edge: each label
 * takes the first free spot of eight around its point (right first), or failing that the spot with
 * the least overlap. Greedy and deterministic.
 */
final class LabelPlacer {
  private static final double OFFSET = 8;
  private static final double MARKER = 6;

  /** Where a label goes: its anchor and alignment for {@link Text#draw}. */
  record Placement(double x, double y, Text.Align h, Text.Align v) {}

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
    double x = point.getX();
    double y = point.getY();
    Placement[] candidates = {
      new Placement(x + OFFSET, y, Text.Align.START, Text.Align.CENTRE),
      new Placement(x - OFFSET, y, Text.Align.END, Text.Align.CENTRE),
      new Placement(x, y - OFFSET, Text.Align.CENTRE, Text.Align.END),
      new Placement(x, y + OFFSET, Text.Align.CENTRE, Text.Align.START),
      new Placement(x + OFFSET * 0.7, y - OFFSET * 0.7, Text.Align.START, Text.Align.END),
      new Placement(x + OFFSET * 0.7, y + OFFSET * 0.7, Text.Align.START, Text.Align.START),
      new Placement(x - OFFSET * 0.7, y - OFFSET * 0.7, Text.Align.END, Text.Align.END),
      new Placement(x - OFFSET * 0.7, y + OFFSET * 0.7, Text.Align.END, Text.Align.START),
    };
    Placement best = candidates[0];
    double bestCost = Double.POSITIVE_INFINITY;
    for (Placement c : candidates) {
      Rectangle2D box = Text.box(label, font, c.x(), c.y(), c.h(), c.v());
      double cost = cost(box);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
      if (cost == 0) {
        break;
      }
    }
    Rectangle2D box = Text.box(label, font, best.x(), best.y(), best.h(), best.v());
    taken.add(
        new Rectangle2D.Double(
            box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4));
    return best;
  }

  private double cost(Rectangle2D box) {
    double cost = 0;
    if (!bounds.contains(box)) {
      cost += 1e6;
    }
    for (Rectangle2D r : taken) {
      Rectangle2D overlap = box.createIntersection(r);
      if (overlap.getWidth() > 0 && overlap.getHeight() > 0) {
        cost += overlap.getWidth() * overlap.getHeight();
      }
    }
    return cost;
  }
}
