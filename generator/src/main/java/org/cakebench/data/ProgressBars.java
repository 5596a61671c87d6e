package org.cakebench.data;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr for long work (fetching, evaluating). On a terminal the bar redraws in
 * place; in logs (CI) it prints a line at every tenth of the work instead of flooding them.
 */
public final class ProgressBars {
  private ProgressBars() {}

  /**
   * A bar for {@code max} units; {@code unitName}/{@code unitSize} scale the display (e.g. " MiB",
   * 1 << 20).
   */
  public static ProgressBar create(String task, long max, String unitName, long unitSize) {
    PrintStream err = System.err;
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUnit(unitName, unitSize)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setUpdateIntervalMillis(250);
    if (System.console() != null) {
      builder.setConsumer(new ConsoleProgressBarConsumer(err));
    } else {
      builder.setConsumer(new DelegatingProgressBarConsumer(everyTenth(err), 100));
    }
    return builder.build();
  }

  /** Prints the first rendered line of every tenth of the work to {@code out}, stripped. */
  static Consumer<String> everyTenth(PrintStream out) {
    AtomicInteger lastTenth = new AtomicInteger(-1);
    return line -> {
      int tenth = percent(line) / 10;
      if (tenth > lastTenth.get()) {
        lastTenth.set(tenth);
        out.println(line.strip());
      }
    };
  }

  /** The percentage a rendered bar shows: the digits before its first {@code %}; 0 without. */
  static int percent(String line) {
    int sign = line.indexOf('%');
    if (sign < 1) {
      return 0;
    }
    int start = sign;
    while (start > 0 && Character.isDigit(line.charAt(start - 1))) {
      start--;
    }
    return start == sign ? 0 : Integer.parseInt(line.substring(start, sign));
  }
}
