package org.cakebench.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The observer catalog as the figures need it: each observer's style, the paper's order (humans,
 * supervised, self-supervised, other) and the caption note on paper models without data.
 */
final class ObserverStyles {
  private static final int NAMED_MISSING = 3;

  private final ObserverCatalog catalog;
  private final List<String> listedOrder;

  ObserverStyles(ObserverCatalog catalog) {
    this.catalog = catalog;
    this.listedOrder = catalog.listed().stream().map(ObserverProfile::id).toList();
  }

  /** The pooled humans and every model of {@code results}: everyone a figure may show. */
  static List<String> humansAndModels(AnalysisResults results) {
    List<String> ids = new ArrayList<>();
    ids.add(Observers.HUMANS);
    ids.addAll(results.models());
    return ids;
  }

  /** The style of {@code id}. */
  ObserverStyle style(String id) {
    ObserverProfile p = catalog.profile(id);
    return new ObserverStyle(
        id,
        p.name(),
        p.group(),
        p.family(),
        isPaper(id),
        Theme.colour(p.colour()),
        marker(p.marker()),
        p.marker());
  }

  /** The display name of {@code id}. */
  String name(String id) {
    return catalog.profile(id).name();
  }

  /** The group of {@code id}. */
  ObserverGroup group(String id) {
    return catalog.profile(id).group();
  }

  /**
   * {@code ids} in figure order: the paper's observers first, then the other models; within each by
   * group, then as the catalog lists them, then by id.
   */
  List<String> order(Collection<String> ids) {
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(ids));
    sorted.sort(
        Comparator.comparing((String id) -> !isPaper(id))
            .thenComparing(id -> group(id).ordinal())
            .thenComparing(this::listedIndex)
            .thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  /**
   * The indices of {@code observers} in the order to paint them, bottom to top: models outside the
   * paper, then the paper's models, the humans last, so that context never covers the paper's
   * observers.
   */
  static List<Integer> paintOrder(List<ObserverStyle> observers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < observers.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> layer(observers.get(i))));
    return order;
  }

  private static int layer(ObserverStyle o) {
    if (o.group() == ObserverGroup.HUMAN) {
      return 2;
    }
    return o.paper() ? 1 : 0;
  }

  private boolean isPaper(String id) {
    ObserverProfile p = catalog.profile(id);
    return p.group() == ObserverGroup.HUMAN || p.compared();
  }

  /** The observers among {@code ids} the catalog does not list (drawn as "other"). */
  List<String> unlisted(Collection<String> ids) {
    return ids.stream()
        .filter(id -> !catalog.isListed(id) && group(id) != ObserverGroup.HUMAN)
        .toList();
  }

  /**
   * A caption sentence naming the paper's models that have no data among {@code present}, or {@code
   * ""} when all have data.
   */
  String missingPaperModels(Collection<String> present) {
    Set<String> have = Set.copyOf(present);
    List<ObserverProfile> paper =
        catalog.models().stream().filter(ObserverProfile::inPaper).toList();
    List<String> missing =
        paper.stream().filter(p -> !have.contains(p.id())).map(ObserverProfile::name).toList();
    if (missing.isEmpty()) {
      return "";
    }
    StringBuilder text =
        new StringBuilder("No decisions yet for ")
            .append(missing.size() == paper.size() ? "any" : missing.size() + " of the")
            .append(" paper's ")
            .append(paper.size())
            .append(" models: ");
    int named = Math.min(NAMED_MISSING, missing.size());
    text.append(String.join(", ", missing.subList(0, named)));
    if (missing.size() > named) {
      text.append(" and ").append(missing.size() - named).append(" more");
    }
    return text.append('.').toString();
  }

  private int listedIndex(String id) {
    int i = listedOrder.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static Marker marker(org.cakebench.data.Marker m) {
    return switch (m) {
      case DIAMOND -> SeriesMarkers.DIAMOND;
      case CIRCLE -> SeriesMarkers.CIRCLE;
      case TRIANGLE -> SeriesMarkers.TRIANGLE_UP;
      case SQUARE -> SeriesMarkers.SQUARE;
    };
  }
}
