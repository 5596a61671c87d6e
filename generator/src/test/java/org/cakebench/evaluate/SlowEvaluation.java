package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cakebench.data.Datasets;

/**
 * A child process for {@link ResumeAfterKillTest}: evaluates models a, b and c (all the pool8
 * fixture) on edge, printing {@code started <job>} and {@code finished <job>} lines. When b's trial
 * file is in place but before its manifest is sealed it prints {@code between <job>} and waits, so
 * that the parent can kill it at the worst moment.
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
    DecisionCache decisions =
        new DecisionCache(config.rawDataDir(), Set.of(), SlowEvaluation::pauseAfterB);
    new Evaluator(config, new Printing(), decisions).run();
  }

  private static void pauseAfterB(EvaluationJob job) {
    if (job.model().id().equals("b")) {
      print("between " + job);
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void print(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static final class Printing implements EvaluationListener {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void jobStarted(EvaluationJob job, int images) {
      print("started " + job);
    }

    @Override
    public void imagesDone(int images) {}

    @Override
    public void jobFinished(EvaluationJob job) {
      print("finished " + job);
    }
  }
}
