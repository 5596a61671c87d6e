package org.cakebench.figures;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Category;

/**
 * Where the panels of a grid of confusion matrices go: takes the number of conditions and observers
 * and gives square cells at least {@link #MIN_CELL} pixels wide, which the page width allows for
 * about four 16-column panels side by side. So the conditions are split into blocks of equal size
 * stacked top to bottom; in each block one row of panels per observer, the decision labels left of
 * each row and the presented-category labels once below the block.
 *
 * @param cell side of a cell in pixels
 * @param font font of the category labels
 * @param blocks the condition indices of each block, left to right
 * @param left x of the first panel column
 * @param blockTops y of each block's top (its axis title)
 * @param observers number of observer rows in each block
 * @param width figure width
 * @param height figure height
 */
record ConfusionGridLayout(
    int cell,
    Font font,
    List<List<Integer>> blocks,
    double left,
    List<Double> blockTops,
    int observers,
    int width,
    int height) {
  static final int MIN_CELL = 10;
  static final int MAX_CELL = 16;
  static final int RESPONSES = Category.count() + 1;
  static final double PAD = 6;

  /** Width of the strip that holds the observers' names, rotated. */
  static final double NAME_STRIP = 20;

  static final double GAP = 8;
  static final double ROW_GAP = 10;
  static final String DECISION = "Decision";
  static final String PRESENTED = "Presented category";

  /** Above the first block: the title and the colour bar. */
  static final double TOP = 40;

  /** Above each block's panels: its axis title and the condition labels. */
  static final double BLOCK_HEAD = 40;

  private static final double BLOCK_GAP = 26;
  private static final double BAR_BLOCK = 300;

  ConfusionGridLayout {
    blocks = blocks.stream().map(List::copyOf).toList();
    blockTops = List.copyOf(blockTops);
  }

  /** The layout for {@code conditions} panels per observer and {@code observers} observers. */
  static ConfusionGridLayout of(int conditions, int observers, String title) {
    int n = Math.max(1, conditions);
    // Label widths depend on the font, the font on the cell: take the largest label font first.
    Font font = labelFont(MAX_CELL);
    double labels =
        Math.max(Text.maxWidth(responses(), font), Text.width(DECISION, Theme.AXIS_TITLE));
    double left = PAD + NAME_STRIP + labels + 4;
    int perRow = n;
    while (perRow > 1 && cellFor(perRow, left) < MIN_CELL) {
      perRow--;
    }
    int blockCount = (n + perRow - 1) / perRow;
    perRow = (n + blockCount - 1) / blockCount;
    int cell = Math.min(MAX_CELL, Math.max(MIN_CELL, cellFor(perRow, left)));
    font = labelFont(cell);

    List<List<Integer>> blocks = new ArrayList<>();
    for (int b = 0; b < blockCount; b++) {
      List<Integer> block = new ArrayList<>();
      for (int c = b * perRow; c < Math.min(n, (b + 1) * perRow); c++) {
        block.add(c);
      }
      blocks.add(block);
    }
    double panelHeight = (double) cell * RESPONSES;
    double rows = Math.max(1, observers) * (panelHeight + ROW_GAP) - ROW_GAP;
    double columnLabels =
        4 + Text.maxWidth(categories(), font) + 8 + Text.capHeight(Theme.AXIS_TITLE);
    List<Double> tops = new ArrayList<>();
    double y = TOP;
    for (int b = 0; b < blockCount; b++) {
      tops.add(y);
      y += BLOCK_HEAD + rows + columnLabels + BLOCK_GAP;
    }
    double gridWidth = left + perRow * (16.0 * cell + GAP) - GAP + PAD;
    double headWidth = PAD + Text.width(title, Theme.TITLE) + 24 + BAR_BLOCK + PAD;
    int width = (int) Math.ceil(Math.max(gridWidth, headWidth));
    int height = (int) Math.ceil(y - BLOCK_GAP + PAD);
    return new ConfusionGridLayout(
        cell, font, blocks, left, tops, Math.max(1, observers), width, height);
  }

  private static int cellFor(int perRow, double left) {
    return (int) Math.floor((Theme.WIDTH - left - PAD - GAP * (perRow - 1)) / (16.0 * perRow));
  }

  private static Font labelFont(int cell) {
    return new Font(Theme.FAMILY, Font.PLAIN, Math.min(11, cell - 1));
  }

  /** The decision labels: the 16 categories and "na". */
  static List<String> responses() {
    List<String> labels = new ArrayList<>(categories());
    labels.add(Category.NO_ANSWER);
    return labels;
  }

  /** The 16 category labels. */
  static List<String> categories() {
    List<String> labels = new ArrayList<>();
    for (Category c : Category.values()) {
      labels.add(c.label());
    }
    return labels;
  }

  int panelWidth() {
    return cell * Category.count();
  }

  int panelHeight() {
    return cell * RESPONSES;
  }

  /** x of the panel in column {@code column} of a block. */
  double panelX(int column) {
    return left + column * (panelWidth() + GAP);
  }

  /** y of the condition labels' baseline in block {@code block}. */
  double conditionLabelsY(int block) {
    return blockTops.get(block) + BLOCK_HEAD - 8;
  }

  /** y of observer {@code row}'s panels in block {@code block}. */
  double rowY(int block, int row) {
    return blockTops.get(block) + BLOCK_HEAD + row * (panelHeight() + ROW_GAP);
  }

  /** y below the last row of block {@code block}, where the presented categories are named. */
  double blockBottom(int block) {
    return rowY(block, observers) - ROW_GAP;
  }

  /** x of the colour bar (180 wide) in the title row. */
  double barX() {
    return width - PAD - 18 - 180;
  }
}
