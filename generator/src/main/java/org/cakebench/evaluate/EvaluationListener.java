package org.cakebench.evaluate;

/** What an evaluation reports while it runs: messages and per-job progress in images. */
public interface EvaluationListener {
  /** A listener that ignores everything. */
  EvaluationListener SILENT =
      new EvaluationListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void jobStarted(EvaluationJob job, int images) {}

        @Override
        public void imagesDone(int images) {}

        @Override
        public void jobFinished(EvaluationJob job) {}
      };

  /** A note for the user, e.g. the engine and device. */
  void info(String message);

  /** Something the user should know, e.g. a job skipped because another process holds its lock. */
  void warn(String message);

  /** {@code job} starts on {@code images} images. */
  void jobStarted(EvaluationJob job, int images);

  /** {@code images} more images of the current job are done. */
  void imagesDone(int images);

  /** The current job ended, written or failed. */
  void jobFinished(EvaluationJob job);
}
