package org.cakebench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The trials found under a raw-data directory, one entry per dataset in registry order. */
public final class RawData {
  private final List<DatasetTrials> datasets;
  private final Map<Dataset, DatasetTrials> byDataset = new LinkedHashMap<>();

  /** The trials of {@code datasets}, given in registry order. */
  public RawData(List<DatasetTrials> datasets) {
    this.datasets = List.copyOf(datasets);
    this.datasets.forEach(d -> byDataset.put(d.dataset(), d));
  }

  /** The datasets with trials, in registry order. */
  public List<DatasetTrials> datasets() {
    return datasets;
  }

  /** The trials of one dataset, if any were found. */
  public Optional<DatasetTrials> dataset(Dataset dataset) {
    return Optional.ofNullable(byDataset.get(dataset));
  }

  /** Ids of all model observers (not humans), in order of first appearance. */
  public Set<String> models() {
    Set<String> ids = new LinkedHashSet<>();
    datasets.forEach(d -> d.models().forEach(m -> ids.add(m.observer())));
    return ids;
  }

  /** The files of every model's decisions, per dataset in registry order, each file once. */
  public List<DecisionFile> decisionFiles() {
    List<DecisionFile> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (DatasetTrials d : datasets) {
      for (ObserverTrials m : d.models()) {
        m.sources().stream()
            .filter(seen::add)
            .forEach(f -> files.add(new DecisionFile(m.observer(), d.dataset(), f)));
      }
    }
    return files;
  }

  /** Ids of the observers whose files mark their decisions as synthetic rehearsal data. */
  public Set<String> synthetic() {
    Set<String> ids = new LinkedHashSet<>();
    datasets.forEach(
        d ->
            d.observers().stream()
                .filter(ObserverTrials::synthetic)
                .forEach(o -> ids.add(o.observer())));
    return ids;
  }
}
