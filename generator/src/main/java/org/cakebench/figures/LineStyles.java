package org.cakebench.figures;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line strokes that tell apart observers of the same colour and marker (e.g. two supervised models)
 * when a figure names each observer: solid, dashed, dotted, dash-dot, then again.
 */
final class LineStyles {
  static final float WIDTH = 1.8f;

  /** A thin solid line, for context drawn beneath the lines that matter. */
  static final BasicStroke THIN =
      new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private static final float[][] PATTERNS = {
    null, {7f, 4f}, {2f, 3.5f}, {9f, 3.5f, 2f, 3.5f},
  };

  private LineStyles() {}

  /** Solid lines for everyone, for figures that only tell groups apart. */
  static Map<String, BasicStroke> solid(List<ObserverStyle> observers) {
    Map<String, BasicStroke> strokes = new LinkedHashMap<>();
    observers.forEach(o -> strokes.put(o.id(), stroke(0)));
    return strokes;
  }

  /** A stroke per observer: the n-th observer looking like earlier ones gets the n-th pattern. */
  static Map<String, BasicStroke> distinct(List<ObserverStyle> observers) {
    Map<String, BasicStroke> strokes = new LinkedHashMap<>();
    List<ObserverStyle> seen = new ArrayList<>();
    for (ObserverStyle o : observers) {
      int alike = (int) seen.stream().filter(o::looksLike).count();
      strokes.put(o.id(), stroke(alike % PATTERNS.length));
      seen.add(o);
    }
    return strokes;
  }

  private static BasicStroke stroke(int pattern) {
    float[] dash = PATTERNS[pattern];
    return dash == null
        ? new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
