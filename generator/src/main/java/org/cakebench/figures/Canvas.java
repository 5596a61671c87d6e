package org.cakebench.figures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A figure assembled from layers painted in order on a white background. */
final class Canvas implements Drawing {
  private final int width;
  private final int height;
  private final List<Consumer<Graphics2D>> layers = new ArrayList<>();

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
