package org.cakebench.site.pages;

import java.util.List;

/**
 * A data table as the {@code layout :: table} fragment draws it.
 *
 * @param id the table's id (anchor)
 * @param caption its caption
 * @param columns the column headings
 * @param rows the rows; each has one cell per column
 * @param sortable whether the column headings sort it (assets/site.js)
 * @param groups headings over runs of columns (a first header row), or empty; not with sortable
 */
public record TableView(
    String id,
    String caption,
    List<Column> columns,
    List<Row> rows,
    boolean sortable,
    List<ColumnGroup> groups) {

  /** A table without column groups. */
  public TableView(
      String id, String caption, List<Column> columns, List<Row> rows, boolean sortable) {
    this(id, caption, columns, rows, sortable, List.of());
  }

  public TableView {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    groups = List.copyOf(groups);
    if (!groups.isEmpty()) {
      int spanned = groups.stream().mapToInt(ColumnGroup::span).sum();
      // The sort script numbers the heading cells of one header row; groups add a second one.
      if (sortable || spanned != columns.size()) {
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
