package org.cakebench.figures;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.FixedPoint;
import org.jspecify.annotations.Nullable;

/** The hotspots of a {@link ConfusionMatrixGrid}: what each panel and coloured cell shows. */
final class ConfusionGridHotspots {
  private ConfusionGridHotspots() {}

  /**
   * Per panel one for the whole panel and one per coloured cell on top of it: empty cells (0 %) are
   * most of a matrix and answer with the panel's.
   */
  static List<Hotspot> of(
      ConfusionGridLayout layout,
      Dataset dataset,
      List<Condition> conditions,
      List<ObserverStyle> observers,
      List<List<@Nullable ConfusionMatrix>> matrices) {
    List<Hotspot> spots = new ArrayList<>();
    int cell = layout.cell();
    for (int b = 0; b < layout.blocks().size(); b++) {
      List<Integer> block = layout.blocks().get(b);
      for (int o = 0; o < observers.size(); o++) {
        ObserverStyle observer = observers.get(o);
        double y = layout.rowY(b, o);
        for (int k = 0; k < block.size(); k++) {
          ConfusionMatrix m = matrices.get(o).get(block.get(k));
          if (m == null) {
            continue;
          }
          String where =
              observer.name() + ", " + Captions.condition(dataset, conditions.get(block.get(k)));
          double x = layout.panelX(k);
          spots.add(
              Hotspot.area(
                  new Rectangle2D.Double(x, y, layout.panelWidth(), layout.panelHeight()),
                  observer,
                  where + " (white cells: 0 %)"));
          for (int r = 0; r < ConfusionGridLayout.RESPONSES; r++) {
            for (int c = 0; c < Category.count(); c++) {
              double percent = m.percent()[r][c];
              if (Double.isFinite(percent) && percent > 0) {
                spots.add(
                    Hotspot.area(
                        new Rectangle2D.Double(x + c * cell, y + r * cell, cell, cell),
                        observer,
                        where + ": " + decision(r, c, percent)));
              }
            }
          }
        }
      }
    }
    return spots;
  }

  /** "cat shown, 'dog' decided in 12.5 % of trials". */
  private static String decision(int response, int category, double percent) {
    String decided =
        response == ConfusionMatrix.NO_ANSWER_ROW
            ? "no answer"
            : "'" + Category.at(response).label() + "' decided";
    return Category.at(category).label()
        + " shown, "
        + decided
        + " in "
        + FixedPoint.formatted(percent, 1)
        + " %"
        + " of trials";
  }
}
