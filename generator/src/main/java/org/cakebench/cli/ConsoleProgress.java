package org.cakebench.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cakebench.evaluate.EvaluationJob;
import org.cakebench.evaluate.EvaluationListener;

/** Shows an evaluation on stderr: messages, and one progress bar per job with images/s and ETA. */
final class ConsoleProgress implements EvaluationListener {
  private ProgressBar bar;

  @Override
  public void info(String message) {
    Console.info(message);
  }

  @Override
  public void warn(String message) {
    Console.warn(message);
  }

  @Override
  public void jobStarted(EvaluationJob job, int images) {
    bar =
        new ProgressBarBuilder()
            .setTaskName(job.model().id() + " " + job.dataset().name())
            .setInitialMax(images)
            .setUnit(" img", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .build();
  }

  @Override
  public void imagesDone(int images) {
    if (bar != null) {
      bar.stepBy(images);
    }
  }

  @Override
  public void jobFinished(EvaluationJob job) {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
