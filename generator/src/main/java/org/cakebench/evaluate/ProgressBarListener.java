package org.cakebench.evaluate;

import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.cakebench.data.ProgressBars;
import org.jspecify.annotations.Nullable;

/** Shows an evaluation on stderr: messages, and one progress bar per job with images/s and ETA. */
public final class ProgressBarListener implements EvaluationListener {
  private final Consumer<String> info;
  private final Consumer<String> warn;
  private @Nullable ProgressBar bar;

  /** Messages go to {@code info} and {@code warn}; progress bars to stderr. */
  public ProgressBarListener(Consumer<String> info, Consumer<String> warn) {
    this.info = info;
    this.warn = warn;
  }

  @Override
  public void info(String message) {
    info.accept(message);
  }

  @Override
  public void warn(String message) {
    warn.accept(message);
  }

  @Override
  public void jobStarted(EvaluationJob job, int images) {
    bar = ProgressBars.create(job.model().id() + " " + job.dataset().name(), images, " img", 1);
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
