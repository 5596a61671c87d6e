package org.cakebench.site.content;

import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.DominantPath;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;
import org.cakebench.site.content.PlaceholderValues.DatasetRef;

/**
 * The placeholder values of one observer: {@code <kind>.<observer>[.<dataset>[.<condition>]]}, e.g.
 * {@code benchmark.resnet50.ood_accuracy} or {@code dominant.resnet50.uniform-noise.0.35}.
 */
final class ObserverValues {
  private ObserverValues() {}

  /** The value of {@code kind} for observer {@code id}; {@code rest} is what follows the id. */
  static Optional<String> get(ReportData data, String kind, String id, String rest) {
    boolean decisions = id.equals(Observers.HUMANS) || data.hasDecisions(id);
    if (rest.isEmpty()) {
      return whole(data, kind, id, decisions);
    }
    if (kind.equals("benchmark")) {
      return benchmark(data.benchmark(id).orElse(null), rest, decisions);
    }
    return DatasetRef.parse(rest).flatMap(ref -> perDataset(data, kind, id, ref, decisions));
  }

  /** Values of the observer as a whole. */
  private static Optional<String> whole(
      ReportData data, String kind, String id, boolean decisions) {
    return switch (kind) {
      case "name" -> Optional.of(data.name(id));
      case "shape_bias" -> Optional.of(decimal(data.shapeBias(id), 2, decisions));
      case "texture" ->
          Optional.of(
              decisions ? Format.percent(data.textureShare(id)) : PlaceholderValues.NO_DATA);
      case "datasets_of" ->
          Optional.of(DatasetCoverage.describe(data, DatasetCoverage.datasets(data, id)));
      default -> Optional.empty();
    };
  }

  private static Optional<String> benchmark(BenchmarkScores b, String measure, boolean decisions) {
    if (measure.equals("ood_accuracy")) {
      return Optional.of(b == null ? PlaceholderValues.NO_DATA : Format.percent(b.oodAccuracy()));
    }
    Double value =
        switch (measure) {
          case "accuracy_difference" -> b == null ? Double.NaN : b.accuracyDifference();
          case "observed_consistency" -> b == null ? Double.NaN : b.observedConsistency();
          case "error_consistency" -> b == null ? Double.NaN : b.errorConsistency();
          case "shape_bias" -> b == null ? Double.NaN : b.shapeBias();
          default -> null;
        };
    return Optional.ofNullable(value).map(v -> decimal(v, 3, decisions));
  }

  /** Values on one dataset, at its benchmark conditions, its strongest level or one condition. */
  private static Optional<String> perDataset(
      ReportData data, String kind, String id, DatasetRef ref, boolean decisions) {
    Dataset d = ref.dataset();
    if (ref.condition().isEmpty()) {
      return switch (kind) {
        case "accuracy" ->
            Optional.of(
                decisions ? Format.percent(data.accuracy(id, d)) : PlaceholderValues.NO_DATA);
        case "kappa" -> Optional.of(decimal(data.humanKappa(id, d), 2, decisions));
        case "dominant", "dominant_share", "entropy" ->
            d.parametric()
                ? Optional.of(level(data, kind, id, d, strongest(data, d), decisions))
                : Optional.empty();
        case "dominant_path" ->
            d.parametric() ? Optional.of(path(data, id, d, decisions)) : Optional.empty();
        default -> Optional.empty();
      };
    }
    // Every level of the registry has a value ("–" where it has no trials), so that prose can
    // name levels whatever the data hold.
    Optional<Condition> condition = ref.registryCondition();
    if (condition.isEmpty() || kind.equals("entropy")) {
      return Optional.empty();
    }
    return switch (kind) {
      case "accuracy", "dominant", "dominant_share" ->
          Optional.of(level(data, kind, id, d, condition.get(), decisions));
      default -> Optional.empty();
    };
  }

  private static String level(
      ReportData data, String kind, String id, Dataset d, Condition c, boolean decisions) {
    if (!decisions) {
      return PlaceholderValues.NO_DATA;
    }
    DominantResponse dominant = data.dominant(id, d, c);
    return switch (kind) {
      case "accuracy" -> Format.percent(data.accuracy(id, d, c));
      case "dominant" -> Format.category(dominant.category());
      case "dominant_share" -> Format.percent(dominant.share());
      default -> Format.decimal(data.entropy(id, d, c), 2);
    };
  }

  /** The last level with trials; {@link Condition#ALL} (which has none here) if there is none. */
  private static Condition strongest(ReportData data, Dataset d) {
    List<Condition> conditions = data.conditions(d);
    return conditions.isEmpty() ? Condition.ALL : conditions.get(conditions.size() - 1);
  }

  private static String path(ReportData data, String id, Dataset d, boolean decisions) {
    if (!decisions) {
      return PlaceholderValues.NO_DATA;
    }
    List<String> steps =
        data.dominantPath(id, d).steps().stream().map(ObserverValues::step).toList();
    return steps.isEmpty() ? "none" : String.join(" → ", steps);
  }

  /** A step as prose, e.g. {@code knife (0.35–0.9)}. */
  private static String step(DominantPath.Step step) {
    List<Condition> levels = step.levels();
    String first = levels.get(0).label();
    String range = levels.size() == 1 ? first : first + "–" + levels.get(levels.size() - 1).label();
    return step.response().label() + " (" + range + ")";
  }

  private static String decimal(double value, int decimals, boolean decisions) {
    return decisions ? Format.decimal(value, decimals) : PlaceholderValues.NO_DATA;
  }
}
