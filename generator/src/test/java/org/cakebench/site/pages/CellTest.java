package org.cakebench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.cakebench.analysis.Estimate;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void aValueThatRoundsToZeroNeverReadsMinusZero() {
    assertThat(Cell.decimal(-0.001, 2).text()).isEqualTo("0.00");
    assertThat(Cell.decimal(-0.004999, 2).text()).isEqualTo("0.00");
    assertThat(Cell.decimal(-0.005, 2).text()).isEqualTo("-0.01");
    assertThat(Cell.percent(-0.0001).text()).isEqualTo("0.0%");
    assertThat(Cell.decimal(new Estimate(0.02, -0.001, 0.05), 2).interval())
        .isEqualTo("[0.00, 0.05]");
  }

  @Test
  void aShareCarriesItsIntervalInPercentAndItsEndsAsShares() {
    Cell cell = Cell.percent(Estimate.ofShare(0.612, 0.0158));
    assertThat(cell.text()).isEqualTo("61.2%");
    assertThat(cell.interval()).isEqualTo("[58.1, 64.3]");
    assertThat(cell.low()).isCloseTo(0.581, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(cell.sort()).isEqualTo("0.612");
  }

  @Test
  void aValueWithoutAnIntervalShowsNone() {
    Cell cell = Cell.percent(Estimate.ofShare(0.5, Double.NaN));
    assertThat(cell.text()).isEqualTo("50.0%");
    assertThat(cell.interval()).isEmpty();
    assertThat(cell.low()).isNaN();
    assertThat(Cell.percent(Estimate.missing()).text()).isEqualTo("–");
    assertThat(Cell.percent(Estimate.missing()).sort()).isEmpty();
  }
}
