package org.cakebench.build;

import java.time.Duration;
import java.util.List;

/**
 * What a report build produced.
 *
 * @param fetchedFiles data files fetched in this build (0 when all were verified before)
 * @param evaluatedModels models whose decisions were computed or found current in the cache
 * @param observers the model observers analysed
 * @param figures figures written
 * @param pages pages written
 * @param linksChecked internal links, anchors and images checked
 * @param took wall time
 */
public record BuildSummary(
    int fetchedFiles,
    List<String> evaluatedModels,
    List<String> observers,
    int figures,
    int pages,
    int linksChecked,
    Duration took) {
  public BuildSummary {
    evaluatedModels = List.copyOf(evaluatedModels);
    observers = List.copyOf(observers);
  }
}
