package org.cakebench.figures;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plot both accuracy-per-dataset figures draw on: one slot per dataset along x (no ticks; the
 * figures label the slots themselves), accuracy from 0 to 1 along y, and the chance level dotted.
 */
final class CategoryAccuracyChart {
  private CategoryAccuracyChart() {}

  /**
   * A chart {@code width} x {@code height} with {@code slots} datasets and chance at {@code
   * chance}.
   */
  static XYChart of(int width, int height, int slots, double chance) {
    XYChart chart = new XYChartBuilder().width(width).height(height).build();
    XYStyler s = chart.getStyler();
    Theme.apply(s);
    s.setXAxisTicksVisible(false);
    s.setPlotGridVerticalLinesVisible(false);
    s.setXAxisMin(-0.5);
    s.setXAxisMax(slots - 0.5);
    // Room beyond 0 and 1, or XChart leaves out their tick labels.
    s.setYAxisMin(-0.025);
    s.setYAxisMax(1.025);
    s.setYAxisDecimalPattern("0.0");
    chart.setYAxisTitle("Classification accuracy");
    XYSeries line =
        chart.addSeries("chance", new double[] {-0.5, slots - 0.5}, new double[] {chance, chance});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(Theme.CHANCE);
    line.setLineStyle(Theme.DOTTED);
    return chart;
  }
}
