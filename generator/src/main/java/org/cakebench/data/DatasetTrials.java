package org.cakebench.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trials of every observer found for one dataset, aligned on one {@link ImageIndex}: humans
 * first, then models, each by id. Every observer holds a decision on every image.
 */
public final class DatasetTrials {
  private final Dataset dataset;
  private final ImageIndex images;
  private final List<ObserverTrials> observers;
  private final List<ObserverTrials> humans;
  private final List<ObserverTrials> models;
  private final Map<String, ObserverTrials> byId = new LinkedHashMap<>();

  DatasetTrials(Dataset dataset, ImageIndex images, List<ObserverTrials> observers) {
    this.dataset = dataset;
    this.images = images;
    this.observers = List.copyOf(observers);
    this.humans = this.observers.stream().filter(ObserverTrials::human).toList();
    this.models = this.observers.stream().filter(o -> !o.human()).toList();
    this.observers.forEach(o -> byId.put(o.observer(), o));
  }

  /** The trials of {@code trials}, aligned as a trial file reader aligns them. */
  public static DatasetTrials of(Dataset dataset, List<Trial> trials) {
    DatasetTrialsBuilder builder = new DatasetTrialsBuilder(dataset);
    trials.forEach(t -> builder.add(t, null, 0));
    return builder.build();
  }

  public Dataset dataset() {
    return dataset;
  }

  /** The images, in the order every observer's decisions are stored. */
  public ImageIndex images() {
    return images;
  }

  /** Every observer: humans first, then models, each by id. */
  public List<ObserverTrials> observers() {
    return observers;
  }

  /** The human participants. */
  public List<ObserverTrials> humans() {
    return humans;
  }

  /** Every observer that is not a human participant. */
  public List<ObserverTrials> models() {
    return models;
  }

  /** The trials of one observer, if it has any on this dataset. */
  public Optional<ObserverTrials> observer(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
