package org.cakebench.site.pages;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The markup of a table row's data cells, which the {@code dataTable} template fragment inserts
 * after the row's header. Written here rather than by the template because a table can hold tens of
 * thousands of cells (a κ matrix of a hundred models has 13,000): the template evaluated seven
 * expressions per cell, and its busiest page took a second of a build.
 *
 * <p>Each cell is {@code <td>} with, in this order, {@code data-sort} (its sort key, in a sortable
 * table), {@code data-label} (its column's label, for a table that becomes cards on a phone) and
 * {@code class="num"} (a number); a value with a 95 % interval is one {@code span.value} holding
 * both, so that a phone's card keeps them together.
 */
final class DataCells {
  // The cells of a row are separated as the template's rows are indented.
  private static final String BETWEEN = "\n        ";

  private DataCells() {}

  /** The data cells of {@code row}, a row of {@code table}. */
  static String of(TableView table, TableView.Row row) {
    boolean sortable = table.sortable();
    List<String> labels = table.layout() == TableView.Layout.CARDS ? table.cardLabels() : List.of();
    List<Cell> cells = row.data();
    StringBuilder html = new StringBuilder(cells.size() * 32);
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (i > 0) {
        html.append(BETWEEN);
      }
      html.append("<td");
      // As the template did: no attribute for an empty key (a value that is not a number).
      if (sortable && cell.sort() != null && !cell.sort().isEmpty()) {
        attribute(html, "data-sort", cell.sort());
      }
      if (!labels.isEmpty()) {
        attribute(html, "data-label", labels.get(i + 1));
      }
      if (cell.numeric()) {
        html.append(" class=\"num\"");
      }
      html.append('>');
      if (cell.interval().isEmpty()) {
        html.append(Entities.escape(cell.text()));
      } else {
        html.append("<span class=\"value\">")
            .append(Entities.escape(cell.text()))
            .append(" <span class=\"ci\"><span class=\"visually-hidden\">95% interval </span>")
            .append(Entities.escape(cell.interval()))
            .append("</span></span>");
      }
      html.append("</td>");
    }
    return html.toString();
  }

  private static void attribute(StringBuilder html, String name, String value) {
    html.append(' ').append(name).append("=\"").append(Entities.escape(value)).append('"');
  }
}
