package org.cakebench.site.content;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.report.Report;
import org.cakebench.report.ReportData;

/**
 * The values Markdown placeholders insert, looked up when a page asks for one: a name such as
 * {@code accuracy.resnet50.low-pass.15} is read as a kind ({@code accuracy}), an observer, a
 * dataset and a condition, and the value is taken from the report and formatted. Nothing is
 * computed ahead, so the cost follows the placeholders written, not the number of observers. The
 * names are listed in {@code content/README.md}; values of observers without decisions read {@link
 * #NO_DATA}.
 */
public final class PlaceholderValues {
  /** What a value reads when its observer has no decisions. */
  public static final String NO_DATA = "no data yet";

  private final Report report;
  private final ReportData data;
  private final ReportFacts facts;
  private final Set<String> observers = new LinkedHashSet<>();

  /** The values of {@code report}. */
  public PlaceholderValues(Report report) {
    this.report = report;
    this.data = report.data();
    this.facts = new ReportFacts(report);
    observers.add(Observers.HUMANS);
    data.catalog().models().forEach(p -> observers.add(p.id()));
    observers.addAll(data.models());
  }

  /** The value called {@code name}, if there is one. */
  public Optional<String> get(String name) {
    Optional<String> fact = facts.get(name);
    if (fact.isPresent()) {
      return fact;
    }
    int dot = name.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String kind = name.substring(0, dot);
    String rest = name.substring(dot + 1);
    return switch (kind) {
      case "trials", "observers", "images" -> DatasetValues.get(data, kind, rest);
      case "bootstrap" -> DatasetValues.bootstrap(data, rest);
      case "claim" -> ClaimValues.get(report.claims(), rest);
      default -> observerValue(kind, rest);
    };
  }

  private Optional<String> observerValue(String kind, String rest) {
    for (int end = rest.indexOf('.'); ; end = rest.indexOf('.', end + 1)) {
      String id = end < 0 ? rest : rest.substring(0, end);
      if (observers.contains(id)) {
        Optional<String> value =
            ObserverValues.get(data, kind, id, end < 0 ? "" : rest.substring(end + 1));
        if (value.isPresent() || end < 0) {
          return value;
        }
      }
      if (end < 0) {
        return Optional.empty();
      }
    }
  }

  /** A dataset of the registry and, after it, a condition label, parsed from {@code rest}. */
  record DatasetRef(Dataset dataset, String condition) {
    static Optional<DatasetRef> parse(String rest) {
      int dot = rest.indexOf('.');
      String name = dot < 0 ? rest : rest.substring(0, dot);
      return Datasets.byName(name)
          .map(d -> new DatasetRef(d, dot < 0 ? "" : rest.substring(dot + 1)));
    }

    /** The registry condition named, if the dataset has one by that label. */
    Optional<Condition> registryCondition() {
      return dataset.condition(condition);
    }
  }
}
