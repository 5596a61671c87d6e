package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {
  @Test
  void thePercentageIsTheNumberBeforeTheFirstPercentSign() {
    assertThat(ProgressBars.percent("Fetching  42% [====>     ] 42/100")).isEqualTo(42);
    assertThat(ProgressBars.percent("5% of 20%")).isEqualTo(5);
    assertThat(ProgressBars.percent("100%")).isEqualTo(100);
    assertThat(ProgressBars.percent("no sign")).isZero();
    assertThat(ProgressBars.percent("% first")).isZero();
    assertThat(ProgressBars.percent("Fetching % done")).isZero();
  }

  @Test
  void inLogsOnlyTheFirstLineOfEveryTenthIsPrinted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Consumer<String> log =
        ProgressBars.everyTenth(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    for (String line : List.of("  T 0% ", "T 5%", "T 10%", "T 12%", "T 19%", "T 30%", "T 100%")) {
      log.accept(line);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("T 0%", "T 10%", "T 30%", "T 100%");
  }

  @Test
  void withoutATerminalTheBarPrintsWholeLinesToStandardError() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try (ProgressBar bar = ProgressBars.create("Fetching", 4, " files", 1)) {
      bar.stepTo(4);
    } finally {
      System.setErr(saved);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Fetching 100%").doesNotContain("\r");
  }
}
