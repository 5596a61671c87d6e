package org.cakebench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The trials of every observer found for one dataset: humans first, then models, by id. */
public record DatasetTrials(Dataset dataset, List<ObserverTrials> observers) {
  public DatasetTrials {
    observers = List.copyOf(observers);
  }

  /** The human participants. */
  public List<ObserverTrials> humans() {
    return observers.stream().filter(ObserverTrials::human).toList();
  }

  /** Every observer that is not a human participant. */
  public List<ObserverTrials> models() {
    return observers.stream().filter(o -> !o.human()).toList();
  }

  /** The trials of one observer, if it has any on this dataset. */
  public Optional<ObserverTrials> observer(String id) {
    return observers.stream().filter(o -> o.observer().equals(id)).findFirst();
  }

  /** All human trials together, the pooled observer {@link Observers#HUMANS}. */
  public ObserverTrials pooledHumans() {
    List<Trial> all = new ArrayList<>();
    humans().forEach(h -> all.addAll(h.trials()));
    return new ObserverTrials(Observers.HUMANS, all);
  }
}
