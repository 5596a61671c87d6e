package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.data.Datasets;

/**
 * A child process for {@link ResumeAfterKillTest}: evaluates models a, b and c (all the pool8
 * fixture) on edge, slowed down so that the parent can kill it in the middle of a job. It prints
 * {@code started <job>}, {@code progress} and {@code finished <job>} lines.
 */
public final class SlowEvaluation {
  private SlowEvaluation() {}

  public static void main(String[] args) {
    Path images = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path model = Path.of(args[2]);
    List<ModelSpec> specs =
        List.of("a", "b", "c").stream().map(id -> Fixtures.model(id, model)).toList();
    EvaluationConfig config =
        new EvaluationConfig(
            specs,
            List.of(Datasets.require("edge")),
            images,
            cache,
            BatchSize.of(16),
            DeviceChoice.CPU,
            Shard.ALL,
            1,
            "test");
    new Evaluator(config, new Printing()).run();
  }

  private static final class Printing implements EvaluationListener {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void jobStarted(EvaluationJob job, int images) {
      System.out.println("started " + job);
      System.out.flush();
    }

    @Override
    public void imagesDone(int images) {
      System.out.println("progress");
      System.out.flush();
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void jobFinished(EvaluationJob job) {
      System.out.println("finished " + job);
      System.out.flush();
    }
  }
}
