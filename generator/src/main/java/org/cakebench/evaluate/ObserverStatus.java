package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;
import org.jspecify.annotations.Nullable;

/**
 * Where one observer of the report stands: its model file, where its decisions on each dataset come
 * from, and the command that would bring it further.
 *
 * @param id the observer id ({@code subj})
 * @param name display name
 * @param group its group in the report
 * @param inPaper whether it is one of the paper's observers
 * @param listed whether {@code observers.yaml} lists it (false: found only in the data)
 * @param modelFile the TorchScript file the catalog names; null for humans
 * @param modelFileState what is known of that file
 * @param decisions per dataset, in registry order, where its decisions come from
 * @param staleReasons for each stale dataset, why it is stale
 * @param readiness the summary of the above
 * @param nextStep the command line to run next, or null when nothing is left to do
 */
public record ObserverStatus(
    String id,
    String name,
    ObserverGroup group,
    boolean inPaper,
    boolean listed,
    @Nullable Path modelFile,
    ModelFileState modelFileState,
    Map<Dataset, DecisionSource> decisions,
    Map<Dataset, String> staleReasons,
    Readiness readiness,
    @Nullable String nextStep) {
  public ObserverStatus {
    decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
    staleReasons = Collections.unmodifiableMap(new LinkedHashMap<>(staleReasons));
  }

  /** The datasets whose decisions come from {@code source}, in registry order. */
  public List<Dataset> datasets(DecisionSource source) {
    return decisions.entrySet().stream()
        .filter(e -> e.getValue() == source)
        .map(Map.Entry::getKey)
        .toList();
  }
}
