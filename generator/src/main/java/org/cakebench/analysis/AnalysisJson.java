package org.cakebench.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;

/**
 * Writes the benchmark scores as JSON: {@code {"observers": {"<subj>": {"group": "human|model",
 * "ood_accuracy": x, "accuracy_difference": x, "observed_consistency": x, "error_consistency": x,
 * "shape_bias": x, "accuracy": {"<dataset>": x}, "missing_datasets": [..]}, "humans": {..}}}}.
 * Values that cannot be computed (NaN) are written as {@code null}.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /** The JSON document of {@code results}. */
  public static ObjectNode toJson(AnalysisResults results) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode observers = root.putObject("observers");
    results.benchmark().values().stream()
        .filter(s -> !s.human())
        .forEach(s -> observers.set(s.observer(), observer(s)));
    BenchmarkScores humans = results.benchmark().get(Observers.HUMANS);
    if (humans != null) {
      observers.set(humans.observer(), observer(humans));
    }
    return root;
  }

  /** Writes the JSON document of {@code results} to {@code file} atomically. */
  public static void write(AnalysisResults results, Path file) {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, toJson(results)));
  }

  private static ObjectNode observer(BenchmarkScores s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("group", s.human() ? "human" : "model");
    number(node, "ood_accuracy", s.oodAccuracy());
    number(node, "accuracy_difference", s.accuracyDifference());
    number(node, "observed_consistency", s.observedConsistency());
    number(node, "error_consistency", s.errorConsistency());
    number(node, "shape_bias", s.shapeBias());
    ObjectNode accuracy = node.putObject("accuracy");
    for (Map.Entry<Dataset, Double> e : s.accuracy().entrySet()) {
      number(accuracy, e.getKey().name(), e.getValue());
    }
    var missing = node.putArray("missing_datasets");
    s.missingDatasets().forEach(d -> missing.add(d.name()));
    return node;
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
