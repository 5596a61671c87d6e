package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a drawing puts ink: paints it at its nominal size with a wide white border around it and
 * reports any non-white pixel outside the drawing or too close to its edge, i.e. what a viewer
 * would see clipped or touching the image edge.
 */
final class Ink {
  private static final int BORDER = 200;

  private Ink() {}

  /**
   * The edges of {@code drawing} that ink crosses or comes within {@code margin} pixels of, e.g.
   * {@code "right: 312 px of ink from x=818"}; empty when everything lies well inside.
   */
  static List<String> nearOrBeyondEdges(Drawing drawing, int margin) {
    int w = drawing.width();
    int h = drawing.height();
    BufferedImage image =
        new BufferedImage(w + 2 * BORDER, h + 2 * BORDER, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.translate(BORDER, BORDER);
      drawing.paint(g);
    } finally {
      g.dispose();
    }
    long[] counts = new long[4];
    int[] first = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) {
          continue;
        }
        int dx = x - BORDER;
        int dy = y - BORDER;
        if (dx < margin) {
          counts[0]++;
          first[0] = Math.min(first[0], dx);
        }
        if (dx >= w - margin) {
          counts[1]++;
          first[1] = Math.max(first[1], dx);
        }
        if (dy < margin) {
          counts[2]++;
          first[2] = Math.min(first[2], dy);
        }
        if (dy >= h - margin) {
          counts[3]++;
          first[3] = Math.max(first[3], dy);
        }
      }
    }
    String[] names = {
      "left: %d px of ink reaching x=%d",
      "right: %d px of ink reaching x=%d" + " (width %d)",
      "top: %d px of ink reaching y=%d",
      "bottom: %d px of ink reaching y=%d" + " (height %d)"
    };
    List<String> found = new ArrayList<>();
    for (int side = 0; side < 4; side++) {
      if (counts[side] > 0) {
        found.add(String.format(names[side], counts[side], first[side], side == 1 ? w : h));
      }
    }
    return found;
  }
}
