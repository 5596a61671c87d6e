package org.cakebench.data;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * All trials of one observer on one dataset, in file order, and the files they came from (for error
 * messages; empty for trials built in code).
 */
public record ObserverTrials(String observer, List<Trial> trials, List<Path> sources) {
  public ObserverTrials {
    trials = List.copyOf(trials);
    sources = List.copyOf(sources);
  }

  /** Trials that come from no file. */
  public ObserverTrials(String observer, List<Trial> trials) {
    this(observer, trials, List.of());
  }

  /** Where the trials come from, for messages: the files, or the observer id. */
  public String origin() {
    return sources.isEmpty()
        ? observer
        : observer
            + " ("
            + sources.stream().map(Path::toString).collect(Collectors.joining(", "))
            + ")";
  }

  /** Whether the observer is a human participant. */
  public boolean human() {
    return Observers.isHuman(observer);
  }
}
