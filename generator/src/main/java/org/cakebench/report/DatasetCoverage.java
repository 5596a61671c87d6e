package org.cakebench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;

/**
 * Which datasets models have decisions on, said in words: takes the report and a list of models;
 * gives the models grouped by their datasets (most datasets first) and phrases such as "all 17
 * datasets" or "cue conflict, edges and silhouettes".
 */
public final class DatasetCoverage {
  private DatasetCoverage() {}

  /**
   * Models that have decisions on the same datasets.
   *
   * @param datasets the datasets, in registry order
   * @param models the model ids, in the order given
   */
  public record Group(List<Dataset> datasets, List<String> models) {
    public Group {
      datasets = List.copyOf(datasets);
      models = List.copyOf(models);
    }
  }

  /** {@code models} grouped by the datasets they have, the groups with most datasets first. */
  public static List<Group> of(ReportData report, List<String> models) {
    Map<List<Dataset>, List<String>> byDatasets = new LinkedHashMap<>();
    for (String m : models) {
      byDatasets.computeIfAbsent(datasets(report, m), k -> new ArrayList<>()).add(m);
    }
    List<Group> groups = new ArrayList<>();
    byDatasets.forEach((d, m) -> groups.add(new Group(d, m)));
    groups.sort(Comparator.comparingInt((Group g) -> -g.datasets().size()));
    return groups;
  }

  /**
   * The groups in one line, e.g. "BagNet-33: all 17 datasets; 5 models: cue conflict, edges and
   * silhouettes"; "none" without models.
   */
  public static String summary(ReportData report, List<String> models) {
    List<String> parts = new ArrayList<>();
    for (Group g : of(report, models)) {
      String who =
          g.models().size() == 1 ? report.name(g.models().get(0)) : g.models().size() + " models";
      parts.add(who + ": " + describe(report, g.datasets()));
    }
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  /** The datasets of the report on which {@code model} has decisions, in registry order. */
  public static List<Dataset> datasets(ReportData report, String model) {
    return report.datasets().stream().filter(d -> report.has(model, d)).toList();
  }

  /**
   * The datasets in words, for use inside a sentence: "all 17 datasets", "cue conflict only", "cue
   * conflict, edges and silhouettes", or "no dataset".
   */
  public static String describe(ReportData report, List<Dataset> datasets) {
    if (datasets.isEmpty()) {
      return "no dataset";
    }
    if (datasets.size() == report.datasets().size() && datasets.size() > 1) {
      return "all " + datasets.size() + " datasets";
    }
    List<String> titles =
        datasets.stream().map(Dataset::title).map(DatasetCoverage::inSentence).toList();
    return titles.size() == 1 ? titles.get(0) + " only" : Format.names(titles);
  }

  /** A dataset title inside a sentence: lower case first, except names such as "Eidolon I". */
  static String inSentence(String title) {
    if (title.isEmpty() || title.startsWith("Eidolon")) {
      return title;
    }
    return Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
