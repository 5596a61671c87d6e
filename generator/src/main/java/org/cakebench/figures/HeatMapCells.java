package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * A grid of coloured cells drawn by XChart's heat map with axes, legend and margins switched off,
 * so that it fills its rectangle exactly and the figure can label rows and columns itself. Cells
 * whose colour is white are left to the white background (most of a confusion matrix), which keeps
 * the SVG small; cells without a value (NaN) are painted light grey.
 */
final class HeatMapCells {
  private HeatMapCells() {}

  /**
   * Adds to {@code canvas} the cells of {@code values[row][column]} (row 0 at the top) at ({@code
   * x}, {@code y}), each a whole number of pixels.
   */
  static void add(
      Canvas canvas,
      double[][] values,
      ColourScale scale,
      double x,
      double y,
      int cellWidth,
      int cellHeight) {
    add(canvas, values, scale, x, y, cellWidth, cellHeight, Theme.EMPTY);
  }

  /** The same, with cells without a value painted {@code empty}. */
  static void add(
      Canvas canvas,
      double[][] values,
      ColourScale scale,
      double x,
      double y,
      int cellWidth,
      int cellHeight,
      Color empty) {
    canvas.add(panel(values, scale, x, y, cellWidth, cellHeight));
    canvas.add(g -> paintEmpty(g, values, x, y, cellWidth, cellHeight, empty));
  }

  private static void paintEmpty(
      Graphics2D g,
      double[][] values,
      double x,
      double y,
      int cellWidth,
      int cellHeight,
      Color empty) {
    g.setColor(empty);
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < values[r].length; c++) {
        if (!Double.isFinite(values[r][c])) {
          g.fill(
              new Rectangle2D.Double(x + c * cellWidth, y + r * cellHeight, cellWidth, cellHeight));
        }
      }
    }
  }

  private static ChartPanel panel(
      double[][] values, ColourScale scale, double x, double y, int cellWidth, int cellHeight) {
    int rows = values.length;
    int columns = rows == 0 ? 0 : values[0].length;
    int width = columns * cellWidth;
    int height = rows * cellHeight;
    HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).build();
    HeatMapStyler s = chart.getStyler();
    Theme.base(s);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartBackgroundColor(Color.WHITE);
    s.setAxisTicksVisible(false);
    s.setAxisTitlesVisible(false);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesVisible(false);
    s.setAxisTicksMarksVisible(false);
    s.setPlotMargin(0);
    s.setPlotContentSize(1.0);
    s.setShowValue(false);
    s.setDrawBorder(false);
    // Cells meet on whole pixels; antialiasing would only add seams between them.
    s.setAntiAlias(false);
    s.setRangeColors(scale.stops());
    s.setMin(scale.min());
    s.setMax(scale.max());
    List<Integer> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      xs.add(c);
    }
    for (int r = 0; r < rows; r++) {
      ys.add(r);
    }
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double v = values[r][c];
        if (Double.isFinite(v) && !scale.colour(v).equals(Color.WHITE)) {
          // XChart counts rows from the bottom.
          cells.add(new Number[] {c, rows - 1 - r, v});
        }
      }
    }
    chart.addSeries("cells", xs, ys, cells);
    return new ChartPanel(chart, x, y, width, height);
  }
}
