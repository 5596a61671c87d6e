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
 */
public record TableView(
    String id, String caption, List<Column> columns, List<Row> rows, boolean sortable) {
  public TableView {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": a row has " + r.cells().size() + " cells for " + columns.size());
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
