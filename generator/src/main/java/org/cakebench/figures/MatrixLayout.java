package org.cakebench.figures;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of an observer-by-observer heat map go, computed from its content: takes the
 * observers' names, the group bands and the colour bar's labels, and gives the largest cell size
 * (up to {@link #MAX_CELL}) at which row labels, the matrix, the group headers and the colour bar
 * all fit within {@link Theme#WIDTH}, with the figure sized to what it holds.
 *
 * @param cell cell size in pixels
 * @param font font of the observer names
 * @param left x of the matrix
 * @param top y of the matrix
 * @param barX x of the colour bar
 * @param barHeight height of the colour bar
 * @param headers x of each group header's start, in group order
 * @param width figure width
 * @param height figure height
 */
record MatrixLayout(
    int cell,
    Font font,
    double left,
    double top,
    double barX,
    double barHeight,
    List<Double> headers,
    int width,
    int height) {
  static final int MAX_CELL = 34;
  static final int MIN_CELL = 3;

  /** Space kept free along the figure's edges. */
  static final double PAD = 6;

  /** Gap between a row label and the matrix (and a column label and the matrix). */
  static final double LABEL_GAP = 6;

  static final double BAR_WIDTH = 16;
  static final Font HEADER = Theme.TICK;

  private static final double TOP = 58;
  private static final double BAR_GAP = 22;
  private static final double HEADER_GAP = 10;

  /**
   * One group of consecutive rows and columns.
   *
   * @param start first index
   * @param end index after the last
   * @param title header text
   */
  record Band(int start, int end, String title) {}

  MatrixLayout {
    headers = List.copyOf(headers);
  }

  /** Lays out a matrix of {@code names} with the group {@code bands} and colour-bar labels. */
  static MatrixLayout of(List<String> names, List<Band> bands, List<String> barLabels) {
    int n = Math.max(1, names.size());
    double barWidth = ColourScale.verticalWidth(BAR_WIDTH, barLabels);
    MatrixLayout fitted = null;
    for (int cell = MAX_CELL; cell >= MIN_CELL && fitted == null; cell--) {
      MatrixLayout candidate = candidate(names, n, bands, barWidth, cell);
      if (candidate.width <= Theme.WIDTH || cell == MIN_CELL) {
        fitted = candidate;
      }
    }
    return fitted;
  }

  private static MatrixLayout candidate(
      List<String> names, int n, List<Band> bands, double barWidth, int cell) {
    Font font = new Font(Theme.FAMILY, Font.PLAIN, Math.min(12, Math.max(7, cell - 3)));
    double labelWidth = Text.maxWidth(names, font);
    double left = PAD + labelWidth + LABEL_GAP;
    double size = (double) n * cell;
    double barX = left + size + BAR_GAP;
    List<Double> headers = headers(bands, left, cell);
    double right = barX + barWidth + PAD;
    if (!headers.isEmpty()) {
      Band last = bands.get(bands.size() - 1);
      right = Math.max(right, headers.get(headers.size() - 1) + headerWidth(last) + PAD);
    }
    double barHeight = Math.max(100, Math.min(size, 260));
    double bottom = TOP + Math.max(size + LABEL_GAP + labelWidth, barHeight) + PAD;
    return new MatrixLayout(
        cell,
        font,
        left,
        TOP,
        barX,
        barHeight,
        headers,
        (int) Math.ceil(right),
        (int) Math.ceil(bottom));
  }

  /**
   * Each header centred over its band, pushed right where the previous one still runs, then pulled
   * back left where that would pass the matrix's right end by more than its own width.
   */
  private static List<Double> headers(List<Band> bands, double left, int cell) {
    List<Double> xs = new ArrayList<>();
    double end = Double.NEGATIVE_INFINITY;
    for (Band b : bands) {
      double w = headerWidth(b);
      double x = Math.max(left + (b.start() + b.end()) * cell / 2.0 - w / 2, end + HEADER_GAP);
      xs.add(x);
      end = x + w;
    }
    // Right to left: no header ends past the matrix's end, nor runs into the next one.
    double limit = left + (bands.isEmpty() ? 0 : bands.get(bands.size() - 1).end()) * cell;
    for (int i = bands.size() - 1; i >= 0; i--) {
      double w = headerWidth(bands.get(i));
      double x = Math.max(PAD, Math.min(xs.get(i), limit - w));
      xs.set(i, x);
      limit = x - HEADER_GAP;
    }
    return xs;
  }

  /** Width of a band's header text. */
  static double headerWidth(Band band) {
    return Text.width(band.title(), HEADER);
  }

  /** The matrix's side length. */
  double size(int n) {
    return (double) n * cell;
  }

  /**
   * Every how many rows (and columns) an observer is named: 1 while a row is as tall as a label
   * needs, else the fewest rows that are. A hundred observers leave cells of four or five pixels on
   * the page's width, and names written every row would be drawn over one another (as seaborn thins
   * a heat map's tick labels); the cells' tooltips still name every observer.
   */
  int labelStep() {
    int pitch = font.getSize() + 1;
    return Math.max(1, (pitch + cell - 1) / cell);
  }
}
