package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionLabelsTest {
  @Test
  void allIntegersStayIntegers() {
    assertThat(ConditionLabels.normalise(List.of("0", "30", "180")))
        .containsEntry("0", "0")
        .containsEntry("30", "30");
  }

  @Test
  void mixedNumbersBecomeShortestFloats() {
    assertThat(ConditionLabels.normalise(List.of("inf", "3", "1.5", "1", "0.7", "0.55", "0.4")))
        .containsEntry("inf", "inf")
        .containsEntry("3", "3.0")
        .containsEntry("1", "1.0")
        .containsEntry("0.55", "0.55");
  }

  @Test
  void zeroPaddedDecimalsLoseTrailingZeros() {
    assertThat(ConditionLabels.normalise(List.of("0.00", "0.03", "0.10", "0.90")))
        .containsEntry("0.00", "0.0")
        .containsEntry("0.03", "0.03")
        .containsEntry("0.10", "0.1")
        .containsEntry("0.90", "0.9");
  }

  @Test
  void booleansAreCapitalised() {
    assertThat(ConditionLabels.normalise(List.of("true", "false")))
        .containsEntry("true", "True")
        .containsEntry("false", "False");
  }

  @Test
  void textStaysAsWrittenEvenIfSomeLabelsAreNumbers() {
    assertThat(ConditionLabels.normalise(List.of("0", "pow")))
        .containsEntry("0", "0")
        .containsEntry("pow", "pow");
    assertThat(ConditionLabels.normalise(List.of("c100", "c05"))).containsEntry("c05", "c05");
  }

  @Test
  void missingValuesTurnIntegersIntoFloatsAsInPandas() {
    assertThat(ConditionLabels.normalise(List.of("0", "NaN")))
        .containsEntry("0", "0.0")
        .containsEntry("NaN", "NaN");
  }

  @Test
  void shortestFloatMatchesPythonRepr() {
    assertThat(ConditionLabels.shortestFloat("0.1")).isEqualTo("0.1");
    assertThat(ConditionLabels.shortestFloat("100")).isEqualTo("100.0");
    assertThat(ConditionLabels.shortestFloat("0.00001")).isEqualTo("1e-05");
    assertThat(ConditionLabels.shortestFloat("1e16")).isEqualTo("1e+16");
    assertThat(ConditionLabels.shortestFloat("0.30000000000000001")).isEqualTo("0.3");
    assertThat(ConditionLabels.shortestFloat("0.30000000000000004"))
        .isEqualTo("0.30000000000000004"); // the 17 digits a double may need
    assertThat(ConditionLabels.shortestFloat("-0")).isEqualTo("-0.0");
    assertThat(ConditionLabels.shortestFloat("0")).isEqualTo("0.0");
    assertThat(ConditionLabels.shortestFloat("-inf")).isEqualTo("-inf");
  }

  @Test
  void plainNotationRunsFromTenToTheMinusFourToBelowTenToTheSixteen() {
    assertThat(ConditionLabels.shortestFloat("0.0001")).isEqualTo("0.0001");
    assertThat(ConditionLabels.shortestFloat("0.000012")).isEqualTo("1.2e-05");
    assertThat(ConditionLabels.shortestFloat("-0.000012")).isEqualTo("-1.2e-05");
    assertThat(ConditionLabels.shortestFloat("9999999999999998")).isEqualTo("9999999999999998.0");
    assertThat(ConditionLabels.shortestFloat("12345678901234567890"))
        .isEqualTo("1.2345678901234567e+19");
  }
}
