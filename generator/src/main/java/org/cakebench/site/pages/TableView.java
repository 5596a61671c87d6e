package org.cakebench.site.pages;

import java.util.List;

/**
 * A data table as the {@code layout :: dataTable} fragment draws it.
 *
 * @param id the table's id (anchor)
 * @param caption its caption
 * @param columns the column headings
 * @param rows the rows; each has one cell per column
 * @param sortable whether the column headings sort it (assets/site.js)
 * @param groups headings over runs of columns (a first header row), or empty
 * @param layout how it reads on a narrow screen
 */
public record TableView(
    String id,
    String caption,
    List<Column> columns,
    List<Row> rows,
    boolean sortable,
    List<ColumnGroup> groups,
    Layout layout) {

  /**
   * How a table reads on a phone (assets/site.css): a list of records becomes one card per row, a
   * matrix of values scrolls sideways under a label with its row headings kept in view.
   */
  public enum Layout {
    /** Each row a card: its heading, then each value after its column's label. */
    CARDS,
    /** Scrolls sideways, says so, and keeps the row headings in view. */
    SCROLL;

    /** The class the stylesheet keys on. */
    public String cssClass() {
      return this == CARDS ? "cards-on-phone" : "scrolls";
    }
  }

  /** A table without column groups. */
  public TableView(
      String id,
      String caption,
      List<Column> columns,
      List<Row> rows,
      boolean sortable,
      Layout layout) {
    this(id, caption, columns, rows, sortable, List.of(), layout);
  }

  public TableView {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    groups = List.copyOf(groups);
    if (!groups.isEmpty()) {
      int spanned = groups.stream().mapToInt(ColumnGroup::span).sum();
      if (spanned != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": column groups span " + spanned + " of " + columns.size());
      }
    }
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": a row has " + r.cells().size() + " cells for " + columns.size());
      }
    }
  }

  /**
   * The table as rows of CSV fields, for the report's archive: a heading row of the columns' full
   * labels, then one row per table row. A number is written in full precision (a share as a
   * fraction, not a percentage), and a column whose values carry 95 % intervals is followed by two
   * columns with their ends; text and values without a number are written as shown.
   */
  public List<List<String>> csv() {
    List<String> labels = cardLabels();
    boolean[] intervals = new boolean[columns.size()];
    for (Row r : rows) {
      for (int i = 0; i < columns.size(); i++) {
        intervals[i] |= !r.cells().get(i).interval().isEmpty();
      }
    }
    List<List<String>> csv = new java.util.ArrayList<>();
    List<String> heading = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      heading.add(labels.get(i));
      if (intervals[i]) {
        heading.add(labels.get(i) + ", 95% interval low");
        heading.add(labels.get(i) + ", 95% interval high");
      }
    }
    csv.add(heading);
    for (Row r : rows) {
      List<String> fields = new java.util.ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Cell c = r.cells().get(i);
        fields.add(c.csvValue());
        if (intervals[i]) {
          fields.add(Double.isFinite(c.low()) ? Double.toString(c.low()) : "");
          fields.add(Double.isFinite(c.high()) ? Double.toString(c.high()) : "");
        }
      }
      csv.add(fields);
    }
    return csv;
  }

  /** The markup of {@code row}'s data cells, a row of this table ({@link DataCells}). */
  public String cells(Row row) {
    return DataCells.of(this, row);
  }

  /** The heading of the group over each column, empty where it sits under none. */
  public List<String> groupLabels() {
    List<String> labels = new java.util.ArrayList<>();
    for (ColumnGroup g : groups) {
      for (int k = 0; k < g.span(); k++) {
        labels.add(g.label());
      }
    }
    while (labels.size() < columns.size()) {
      labels.add("");
    }
    return labels;
  }

  /**
   * The label of each column as a card shows it: the group's heading before the column's own where
   * the column sits under one, e.g. "OOD accuracy ↑, paper's 15".
   */
  public List<String> cardLabels() {
    List<String> groupLabels = groupLabels();
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String own = columns.get(i).label();
      labels.add(groupLabels.get(i).isEmpty() ? own : groupLabels.get(i) + ", " + own);
    }
    return labels;
  }

  /**
   * A heading over {@code span} adjacent columns, e.g. "Other models"; an empty label leaves the
   * run without a heading.
   */
  public record ColumnGroup(String label, int span) {
    public ColumnGroup {
      if (span < 1) {
        throw new IllegalArgumentException("a column group spans at least one column");
      }
    }
  }

  /**
   * One row.
   *
   * @param cells one per column
   * @param reference whether it is the human reference row (highlighted)
   */
  public record Row(List<Cell> cells, boolean reference) {
    public Row {
      cells = List.copyOf(cells);
      if (cells.isEmpty() || !cells.get(0).rowHeader()) {
        throw new IllegalArgumentException("a row must start with its header cell");
      }
      // The template links only header cells and aligns data cells by data-sort (numbers).
      for (Cell c : cells.subList(1, cells.size())) {
        if (c.href() != null || c.rowHeader() || (c.numeric() != (c.sort() != null))) {
          throw new IllegalArgumentException("data cell '" + c.text() + "' cannot be drawn");
        }
      }
    }

    /** The row's header cell (first column). */
    public Cell head() {
      return cells.get(0);
    }

    /** The data cells after the header. */
    public List<Cell> data() {
      return cells.subList(1, cells.size());
    }
  }
}
