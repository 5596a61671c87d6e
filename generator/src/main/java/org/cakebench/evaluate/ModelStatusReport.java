package org.cakebench.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;

/**
 * Where every observer of the report stands ({@link ModelStatusCheck}), with the two ways it is
 * shown besides {@code cakebench models}' own text: one line per group (as {@code build} prints it)
 * and JSON for scripts.
 *
 * @param datasets the report's datasets, in registry order
 * @param observers one status per observer: the catalog's in file order, then those found only in
 *     the data
 */
public record ModelStatusReport(List<Dataset> datasets, List<ObserverStatus> observers) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ModelStatusReport {
    datasets = List.copyOf(datasets);
    observers = List.copyOf(observers);
  }

  /** How many observers of each group have each readiness, groups in their report order. */
  public Map<ObserverGroup, Map<Readiness, Integer>> counts() {
    Map<ObserverGroup, Map<Readiness, Integer>> counts = new EnumMap<>(ObserverGroup.class);
    for (ObserverStatus s : observers) {
      counts
          .computeIfAbsent(s.group(), g -> new EnumMap<>(Readiness.class))
          .merge(s.readiness(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * One line per group that has observers, e.g. {@code Supervised: 24 models: 1 complete, 23
   * missing}; readinesses in a fixed order, those no observer has left out.
   */
  public List<String> groupLines() {
    List<String> lines = new ArrayList<>();
    counts()
        .forEach(
            (group, byReadiness) -> {
              int total = byReadiness.values().stream().mapToInt(Integer::intValue).sum();
              List<String> parts = new ArrayList<>();
              byReadiness.forEach((readiness, n) -> parts.add(n + " " + readiness.label()));
              String noun = group == ObserverGroup.HUMAN ? "observer" : "model";
              lines.add(
                  group.title()
                      + ": "
                      + total
                      + " "
                      + noun
                      + (total == 1 ? "" : "s")
                      + ": "
                      + String.join(", ", parts));
            });
    return lines;
  }

  /** The report as JSON: datasets, one object per observer, counts per group. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode names = root.putArray("datasets");
    datasets.forEach(d -> names.add(d.name()));
    ArrayNode list = root.putArray("observers");
    for (ObserverStatus s : observers) {
      ObjectNode o = list.addObject();
      o.put("id", s.id());
      o.put("name", s.name());
      o.put("group", s.group().key());
      o.put("paper", s.inPaper());
      o.put("listed", s.listed());
      o.put("model_file", s.modelFile() == null ? null : s.modelFile().toString());
      o.put("model_file_state", s.modelFileState().key());
      ObjectNode decisions = o.putObject("decisions");
      s.decisions().forEach((d, source) -> decisions.put(d.name(), source.key()));
      ObjectNode stale = o.putObject("stale_reasons");
      s.staleReasons().forEach((d, reason) -> stale.put(d.name(), reason));
      o.put("readiness", s.readiness().label());
      o.put("next", s.nextStep());
    }
    ObjectNode groups = root.putObject("groups");
    counts()
        .forEach(
            (group, byReadiness) -> {
              ObjectNode g = groups.putObject(group.key());
              for (Readiness r : Readiness.values()) {
                g.put(r.label(), byReadiness.getOrDefault(r, 0));
              }
            });
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the status as JSON", e);
    }
  }
}
