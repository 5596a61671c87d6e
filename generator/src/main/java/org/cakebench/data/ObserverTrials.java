package org.cakebench.data;

import java.util.List;

/** All trials of one observer on one dataset, in file order. */
public record ObserverTrials(String observer, List<Trial> trials) {
  public ObserverTrials {
    trials = List.copyOf(trials);
  }

  /** Whether the observer is a human participant. */
  public boolean human() {
    return Observers.isHuman(observer);
  }
}
