package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A figure assembled from layers painted in order on a white background, with the legends it shows
 * and the hotspots of what it draws. Hotspots are computed when asked for, as their positions
 * depend on where XChart lays out a plot.
 */
final class Canvas implements Drawing {
  private final int width;
  private final int height;
  private final List<Consumer<Graphics2D>> layers = new ArrayList<>();
  private final List<Legend> legends = new ArrayList<>();
  private final List<Supplier<List<Hotspot>>> hotspots = new ArrayList<>();

  Canvas(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** Adds a layer on top of the previous ones. */
  Canvas add(Consumer<Graphics2D> layer) {
    layers.add(layer);
    return this;
  }

  /** Adds an XChart panel as a layer. */
  Canvas add(ChartPanel panel) {
    return add(panel::paint);
  }

  /** Adds a legend flowing from ({@code x}, {@code y}) within {@code legendWidth}. */
  Canvas add(Legend legend, double x, double y, double legendWidth) {
    legends.add(legend);
    return add(g -> legend.paint(g, x, y, legendWidth));
  }

  /** Adds hotspots after those added before. */
  Canvas spots(Supplier<List<Hotspot>> more) {
    hotspots.add(more);
    return this;
  }

  /** The legends shown, in the order they were added. */
  List<Legend> legends() {
    return List.copyOf(legends);
  }

  @Override
  public List<Hotspot> hotspots() {
    List<Hotspot> all = new ArrayList<>();
    hotspots.forEach(s -> all.addAll(s.get()));
    return all;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    for (Consumer<Graphics2D> layer : layers) {
      Graphics2D local = (Graphics2D) g.create();
      try {
        layer.accept(local);
      } finally {
        local.dispose();
      }
    }
  }
}
