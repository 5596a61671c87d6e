package org.cakebench.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The trials found under a raw-data directory, one entry per dataset in registry order. */
public record RawData(List<DatasetTrials> datasets) {
  public RawData {
    datasets = List.copyOf(datasets);
  }

  /** The trials of one dataset, if any were found. */
  public Optional<DatasetTrials> dataset(String name) {
    return datasets.stream().filter(d -> d.dataset().name().equals(name)).findFirst();
  }

  /** Ids of all model observers (not humans), in order of first appearance. */
  public Set<String> models() {
    Set<String> ids = new LinkedHashSet<>();
    datasets.forEach(d -> d.models().forEach(m -> ids.add(m.observer())));
    return ids;
  }
}
