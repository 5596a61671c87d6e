package org.cakebench.site.content;

import java.util.Optional;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * The placeholder values of one dataset: {@code trials.humans.<ds>}, {@code observers.humans.<ds>},
 * {@code images.<ds>} for datasets with trials, and {@code bootstrap.<ds>.<field>} for the
 * texture-shape datasets.
 */
final class DatasetValues {
  private DatasetValues() {}

  /** A count of {@code kind} ({@code trials}, {@code observers}, {@code images}) on a dataset. */
  static Optional<String> get(ReportData data, String kind, String rest) {
    String name = kind.equals("images") ? rest : after(rest, "humans.");
    if (name == null) {
      return Optional.empty();
    }
    return Datasets.byName(name)
        .filter(data::has)
        .map(
            d ->
                switch (kind) {
                  case "trials" -> Format.count(data.trials(Observers.HUMANS, d));
                  case "observers" -> Integer.toString(data.humans(d).size());
                  default -> Format.count(data.images(d));
                });
  }

  /** {@code <ds>.humans}, {@code .closest}, {@code .closest_model} or {@code .gap}. */
  static Optional<String> bootstrap(ReportData data, String rest) {
    int dot = rest.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    Optional<Dataset> dataset =
        Datasets.byName(rest.substring(0, dot)).filter(Datasets.TEXTURE_SHAPE::contains);
    if (dataset.isEmpty()) {
      return Optional.empty();
    }
    KappaIntervals k = data.intervals(dataset.get()).orElse(null);
    String closest = k == null ? null : k.closestModel();
    String none = PlaceholderValues.NO_DATA;
    return switch (rest.substring(dot + 1)) {
      case "humans" -> Optional.of(k == null ? none : Format.estimate(k.humans(), 2));
      case "closest" -> Optional.of(closest == null ? none : Format.estimate(k.closest(), 2));
      case "closest_model" -> Optional.of(closest == null ? none : data.name(closest));
      case "gap" -> Optional.of(closest == null ? none : Format.estimate(k.gap(), 2));
      default -> Optional.empty();
    };
  }

  private static String after(String text, String prefix) {
    return text.startsWith(prefix) ? text.substring(prefix.length()) : null;
  }
}
