package org.cakebench.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The numbers behind a figure as a table of text cells, written as its CSV file.
 *
 * @param columns column names
 * @param rows rows of cells, each as long as {@code columns}
 */
public record DataTable(List<String> columns, List<List<String>> rows) {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  public DataTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("row " + row + " does not match columns " + columns);
      }
    }
  }

  /** The index of {@code column}. */
  public int column(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in " + columns);
    }
    return i;
  }

  /** Writes the table as CSV (RFC 4180, {@code \n} line ends). */
  public void writeCsv(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(columns);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  /** A number as written in the tables: at most six decimals, no exponent; NaN is empty. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN);
    String text = rounded.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** Collects rows for a table. */
  static final class Builder {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    Builder(String... columns) {
      this.columns = Arrays.asList(columns);
    }

    Builder row(Object... cells) {
      List<String> row = new ArrayList<>(cells.length);
      for (Object cell : cells) {
        row.add(cell instanceof Double d ? number(d) : String.valueOf(cell));
      }
      rows.add(row);
      return this;
    }

    DataTable build() {
      return new DataTable(columns, rows);
    }
  }
}
