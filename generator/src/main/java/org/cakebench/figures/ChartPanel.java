package org.cakebench.figures;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * An XChart chart placed at a rectangle of a figure. For axes charts it also tells where the plot
 * area lies ({@link #frame()}), which XChart only knows after laying the chart out, so the first
 * call lays it out once on a scratch image.
 */
final class ChartPanel {
  private final Chart<?, ?> chart;
  private final double x;
  private final double y;
  private final int width;
  private final int height;
  private @Nullable Frame frame;

  ChartPanel(Chart<?, ?> chart, double x, double y, int width, int height) {
    this.chart = chart;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
  }

  /** Paints the chart at its place. */
  void paint(Graphics2D g) {
    Graphics2D local = (Graphics2D) g.create();
    try {
      local.translate(x, y);
      chart.paint(local, width, height);
    } finally {
      local.dispose();
    }
  }

  /** The plot rectangle in figure coordinates; the chart's axis ranges must be set explicitly. */
  Frame frame() {
    if (frame == null) {
      BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scratch.createGraphics();
      try {
        chart.paint(g, width, height);
      } finally {
        g.dispose();
      }
      AxesChartStyler s = (AxesChartStyler) chart.getStyler();
      double xMin = require(s.getXAxisMin(), "x min");
      double xMax = require(s.getXAxisMax(), "x max");
      double yMin = require(s.getYAxisMin(), "y min");
      double yMax = require(s.getYAxisMax(), "y max");
      frame =
          new Frame(
              x + chart.getScreenXFromChart(xMin),
              x + chart.getScreenXFromChart(xMax),
              y + chart.getScreenYFromChart(yMax),
              y + chart.getScreenYFromChart(yMin),
              xMin,
              xMax,
              yMin,
              yMax);
    }
    return frame;
  }

  private static double require(@Nullable Double value, String what) {
    if (value == null) {
      throw new IllegalStateException("chart panel needs an explicit " + what);
    }
    return value;
  }
}
