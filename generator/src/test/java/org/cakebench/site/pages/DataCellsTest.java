package org.cakebench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cakebench.analysis.Estimate;
import org.junit.jupiter.api.Test;

class DataCellsTest {
  private static final List<Column> COLUMNS =
      List.of(
          new Column("Model", false, Column.Better.NEITHER),
          new Column("Accuracy", true, Column.Better.HIGHER),
          new Column("Notes", false, Column.Better.NEITHER));

  private static TableView.Row row(Cell accuracy, String note) {
    return new TableView.Row(
        List.of(Cell.header("ResNet-50", "model-resnet50.html"), accuracy, Cell.text(note)), false);
  }

  private static TableView table(boolean sortable, TableView.Layout layout, TableView.Row row) {
    return new TableView(
        "t",
        "A table",
        COLUMNS,
        List.of(row),
        sortable,
        List.of(new TableView.ColumnGroup("", 1), new TableView.ColumnGroup("Scores", 2)),
        layout);
  }

  @Test
  void aMatrixCellIsItsValueAloneEachOnItsOwnLine() {
    TableView.Row row = row(Cell.percent(0.5), "fine");
    assertThat(table(false, TableView.Layout.SCROLL, row).cells(row))
        .isEqualTo("<td class=\"num\">50.0%</td>\n        <td>fine</td>");
  }

  @Test
  void aSortableTableGivesNumbersTheirKeyAndACardTableGivesEachCellItsColumnsLabel() {
    TableView.Row row = row(Cell.percent(0.5), "fine");
    assertThat(table(true, TableView.Layout.CARDS, row).cells(row))
        .isEqualTo(
            "<td data-sort=\"0.5\" data-label=\"Scores, Accuracy\" class=\"num\">50.0%</td>\n"
                + "        <td data-label=\"Scores, Notes\">fine</td>");
  }

  @Test
  void aValueWithoutANumberHasNoSortKey() {
    TableView.Row row = row(Cell.percent(Estimate.missing()), "none");
    assertThat(table(true, TableView.Layout.SCROLL, row).cells(row))
        .startsWith("<td class=\"num\">–</td>");
  }

  @Test
  void aValueAndItsIntervalAreOneSpan() {
    TableView.Row row = row(Cell.percent(Estimate.ofShare(0.612, 0.0158)), "");
    assertThat(table(false, TableView.Layout.SCROLL, row).cells(row))
        .startsWith(
            "<td class=\"num\"><span class=\"value\">61.2% <span class=\"ci\"><span"
                + " class=\"visually-hidden\">95% interval </span>[58.1, 64.3]</span></span></td>");
  }

  @Test
  void textAndLabelsAreEscaped() {
    TableView.Row row = row(Cell.percent(0.5), "Brendel & Bethge <2019> \"BagNet\"");
    assertThat(table(false, TableView.Layout.SCROLL, row).cells(row))
        .endsWith("<td>Brendel &amp; Bethge &lt;2019&gt; &quot;BagNet&quot;</td>");
  }
}
