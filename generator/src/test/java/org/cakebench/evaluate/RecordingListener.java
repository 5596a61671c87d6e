package org.cakebench.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An {@link EvaluationListener} for tests: keeps every message and job event, in order. */
final class RecordingListener implements EvaluationListener {
  final List<String> infos = Collections.synchronizedList(new ArrayList<>());
  final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void info(String message) {
    infos.add(message);
  }

  @Override
  public void warn(String message) {
    warnings.add(message);
  }

  @Override
  public void jobStarted(EvaluationJob job, int images) {
    events.add("started " + job + " (" + images + " images)");
  }

  @Override
  public void imagesDone(int images) {
    events.add("done " + images);
  }

  @Override
  public void jobFinished(EvaluationJob job) {
    events.add("finished " + job);
  }
}
