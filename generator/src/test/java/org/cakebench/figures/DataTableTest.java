package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {
  @Test
  void numbersHaveAtMostSixDecimalsAndNoExponent() {
    assertThat(DataTable.number(0.0625)).isEqualTo("0.0625");
    assertThat(DataTable.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(DataTable.number(1e-7)).isEqualTo("0");
    assertThat(DataTable.number(-1e-7)).isEqualTo("0");
    assertThat(DataTable.number(0.00012)).isEqualTo("0.00012");
    assertThat(DataTable.number(100)).isEqualTo("100");
  }

  @Test
  void missingNumbersAreEmptyCells() {
    assertThat(DataTable.number(Double.NaN)).isEmpty();
  }

  @Test
  void csvQuotesCellsWithCommasAndEndsLinesWithNewline() throws IOException {
    DataTable table =
        new DataTable.Builder("observer", "name", "accuracy")
            .row("vgg11_bn", "VGG-11, batch norm", 0.5)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    table.writeCsv(out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("observer,name,accuracy\nvgg11_bn,\"VGG-11, batch norm\",0.5\n");
  }

  @Test
  void rowsMustMatchTheColumns() {
    assertThatThrownBy(() -> new DataTable(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
