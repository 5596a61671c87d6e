package org.cakebench.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.cakebench.site.BuildInfo;
import org.cakebench.site.claims.ClaimResult;
import org.cakebench.site.claims.TrialCountClaim;
import org.cakebench.site.claims.Verdict;
import org.cakebench.site.report.DatasetCoverage;
import org.cakebench.site.report.DominantResponse;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/**
 * The named values Markdown placeholders can insert, computed from the analyses, the catalogue and
 * the claim checks (the names are listed in {@code content/README.md}). Values of observers without
 * decisions read {@link #NO_DATA}.
 */
public final class ReportValues {
  /** What a value reads when its observer has no decisions. */
  public static final String NO_DATA = "no data yet";

  /** The share above which a most frequent response enters a dominant-response path. */
  static final double PATH_SHARE = 0.25;

  private final Map<String, String> values = new LinkedHashMap<>();

  private ReportValues() {}

  /** All values of one build. */
  public static ReportValues of(ReportData report, List<ClaimResult> claims, BuildInfo build) {
    ReportValues v = new ReportValues();
    v.put("site.version", build.version());
    v.put("site.date", build.date());
    v.put("site.data_source", build.dataSource());
    v.addCounts(report);
    for (String observer : observers(report)) {
      v.addObserver(report, observer);
    }
    v.addClaims(claims);
    v.addIntervals(report);
    return v;
  }

  /** The value called {@code name}, if there is one. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Every name, in a stable order (for documentation and tests). */
  public Set<String> names() {
    return values.keySet();
  }

  private void put(String name, String value) {
    values.put(name, value);
  }

  private void addCounts(ReportData report) {
    List<ObserverProfile> paper = report.paperCatalog();
    List<String> paperWithDecisions = report.paperModels();
    List<String> extras = report.otherModels();
    put("models.paper_total", Integer.toString(paper.size()));
    put(
        "models.paper_supervised_total",
        Long.toString(paper.stream().filter(p -> p.group() == ObserverGroup.SUPERVISED).count()));
    put(
        "models.paper_self_supervised_total",
        Long.toString(
            paper.stream().filter(p -> p.group() == ObserverGroup.SELF_SUPERVISED).count()));
    put("models.paper_with_decisions", Format.names(report.names(paperWithDecisions)));
    put("models.paper_with_decisions_count", Integer.toString(paperWithDecisions.size()));
    put(
        "models.paper_without_decisions_count",
        Integer.toString(paper.size() - paperWithDecisions.size()));
    put("models.extras_with_decisions", Format.names(report.names(extras)));
    put("models.extras_with_decisions_count", Integer.toString(extras.size()));
    put("models.with_decisions_count", Integer.toString(report.models().size()));
    // observers.yaml names models trained on Stylized-ImageNet with the id suffix -sin.
    List<String> stylized = extras.stream().filter(m -> m.endsWith("-sin")).toList();
    put("models.extras_stylized", Format.names(report.names(stylized)));
    put("models.extras_stylized_count", Integer.toString(stylized.size()));
    put("models.extras_coverage", DatasetCoverage.summary(report, extras));

    List<Dataset> all = Datasets.all();
    put("datasets.total", Integer.toString(all.size()));
    put("datasets.paper", Long.toString(all.stream().filter(Dataset::inPaper).count()));
    put("datasets.with_trials", Integer.toString(report.datasets().size()));
    long paperTrials = 0;
    long extensionTrials = 0;
    long modelTrials = 0;
    for (Dataset d : report.datasets()) {
      long humans = report.trials(Observers.HUMANS, d.name());
      if (d.inPaper()) {
        paperTrials += humans;
      } else {
        extensionTrials += humans;
      }
      for (String m : report.models()) {
        modelTrials += report.trials(m, d.name());
      }
      put("trials.humans." + d.name(), Format.count(humans));
      put("images." + d.name(), Format.count(images(report, d.name())));
      put("observers.humans." + d.name(), Integer.toString(report.humans(d.name()).size()));
    }
    put("trials.humans", Format.count(paperTrials + extensionTrials));
    put("trials.humans_paper", Format.count(paperTrials));
    put("trials.humans_extension", Format.count(extensionTrials));
    put("trials.models", Format.count(modelTrials));
    put("trials.source_2018", Format.count(TrialCountClaim.TRIALS_2018));
    put("trials.source_2019", Format.count(TrialCountClaim.TRIALS_2019));
    put(
        "trials.source_total",
        Format.count(TrialCountClaim.TRIALS_2018 + TrialCountClaim.TRIALS_2019));
    double sum = 0;
    for (String d : ReportData.TEXTURE_SHAPE) {
      sum += report.humanKappa(Observers.HUMANS, d);
    }
    put("kappa.humans.texture_shape", Format.decimal(sum / ReportData.TEXTURE_SHAPE.size(), 3));
  }

  private void addObserver(ReportData report, String id) {
    boolean data = id.equals(Observers.HUMANS) || report.hasDecisions(id);
    put("name." + id, report.name(id));
    BenchmarkScores b = report.results().benchmark().get(id);
    put("benchmark." + id + ".ood_accuracy", b == null ? NO_DATA : Format.percent(b.oodAccuracy()));
    put(
        "benchmark." + id + ".accuracy_difference",
        decimal(b == null ? Double.NaN : b.accuracyDifference(), 3, data));
    put(
        "benchmark." + id + ".observed_consistency",
        decimal(b == null ? Double.NaN : b.observedConsistency(), 3, data));
    put(
        "benchmark." + id + ".error_consistency",
        decimal(b == null ? Double.NaN : b.errorConsistency(), 3, data));
    put(
        "benchmark." + id + ".shape_bias",
        decimal(b == null ? Double.NaN : b.shapeBias(), 3, data));
    put("shape_bias." + id, decimal(report.shapeBias(id), 2, data));
    put("texture." + id, data ? Format.percent(report.textureShare(id)) : NO_DATA);
    put(
        "datasets_of." + id,
        DatasetCoverage.describe(report, DatasetCoverage.datasets(report, id)));
    for (Dataset d : Datasets.all()) {
      String suffix = id + "." + d.name();
      put("accuracy." + suffix, data ? Format.percent(report.accuracy(id, d.name())) : NO_DATA);
      put("kappa." + suffix, decimal(report.humanKappa(id, d.name()), 2, data));
      if (d.parametric()) {
        addConditions(report, id, d, data);
      }
    }
  }

  /**
   * Per condition of a parametric dataset: accuracy, the most frequent response and its share; at
   * the strongest level also the response entropy; {@code dominant_path} follows the response over
   * the levels where it takes more than a quarter of the decisions (four times chance).
   */
  private void addConditions(ReportData report, String id, Dataset d, boolean data) {
    String suffix = id + "." + d.name();
    List<String> conditions = report.conditions(d.name());
    List<String> path = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    // Every level of the registry gets a value ("–" where it has no trials), so that prose can
    // name levels whatever the data hold.
    for (Condition c : d.conditions()) {
      DominantResponse dominant = dominant(report, id, d.name(), c.label());
      String level = suffix + "." + c.label();
      put(
          "accuracy." + level,
          data ? Format.percent(report.accuracy(id, d.name(), c.label())) : NO_DATA);
      put("dominant." + level, data ? dominant.label() : NO_DATA);
      put("dominant_share." + level, data ? Format.percent(dominant.share()) : NO_DATA);
    }
    String previous = null;
    for (String c : conditions) {
      DominantResponse dominant = dominant(report, id, d.name(), c);
      if (!(dominant.share() > PATH_SHARE)) {
        continue;
      }
      if (!dominant.label().equals(previous)) {
        closeStep(path, levels);
        path.add(dominant.label());
        previous = dominant.label();
      }
      levels.add(c);
    }
    closeStep(path, levels);
    put(
        "dominant_path." + suffix,
        !data ? NO_DATA : path.isEmpty() ? "none" : String.join(" → ", path));
    String strongest = conditions.isEmpty() ? "" : conditions.get(conditions.size() - 1);
    DominantResponse dominant = dominant(report, id, d.name(), strongest);
    put("dominant." + suffix, data ? dominant.label() : NO_DATA);
    put("dominant_share." + suffix, data ? Format.percent(dominant.share()) : NO_DATA);
    put("entropy." + suffix, decimal(report.entropy(id, d.name(), strongest), 2, data));
  }

  /** Appends the levels of the last step of a dominant-response path, e.g. {@code (0.35–0.9)}. */
  private static void closeStep(List<String> path, List<String> levels) {
    if (path.isEmpty() || levels.isEmpty()) {
      return;
    }
    String range =
        levels.size() == 1 ? levels.get(0) : levels.get(0) + "–" + levels.get(levels.size() - 1);
    int last = path.size() - 1;
    path.set(last, path.get(last) + " (" + range + ")");
    levels.clear();
  }

  private static DominantResponse dominant(
      ReportData report, String id, String dataset, String condition) {
    return report
        .confusion(id, dataset, condition)
        .map(DominantResponse::of)
        .orElse(new DominantResponse(null, Double.NaN));
  }

  private void addClaims(List<ClaimResult> claims) {
    for (ClaimResult c : claims) {
      put("claim." + c.id() + ".verdict", c.verdict().label());
      put("claim." + c.id() + ".reproduced", c.outcome().reproduced());
      put("claim." + c.id() + ".paper", c.text().paperValue());
      put("claim." + c.id() + ".statement", c.text().statement());
      put("claim." + c.id() + ".rule", c.text().rule());
    }
    put("claims.total", Long.toString(claims.stream().filter(c -> c.verdict().checked()).count()));
    put("claims.holds", count(claims, Verdict.HOLDS));
    put("claims.marginal", count(claims, Verdict.MARGINAL));
    put("claims.differs", count(claims, Verdict.DIFFERS));
    put("claims.no_data", count(claims, Verdict.NO_DATA));
    put("claims.context", count(claims, Verdict.CONTEXT));
  }

  /** Bootstrap intervals of error consistency on the texture-shape datasets. */
  private void addIntervals(ReportData report) {
    put("bootstrap.resamples", Format.count(KappaBootstrap.RESAMPLES));
    for (String d : ReportData.TEXTURE_SHAPE) {
      KappaIntervals k = report.intervals(d).orElse(null);
      String closest = k == null || k.closestModel() == null ? null : k.closestModel();
      put("bootstrap." + d + ".humans", k == null ? NO_DATA : Format.estimate(k.humans(), 2));
      put(
          "bootstrap." + d + ".closest",
          closest == null ? NO_DATA : Format.estimate(k.closest(), 2));
      put("bootstrap." + d + ".closest_model", closest == null ? NO_DATA : report.name(closest));
      put("bootstrap." + d + ".gap", closest == null ? NO_DATA : Format.estimate(k.gap(), 2));
    }
  }

  /** The images of a dataset: the most trials any single observer has on it (one per image). */
  private static int images(ReportData report, String dataset) {
    return report.results().scores().stream()
        .filter(s -> s.dataset().equals(dataset) && !s.observer().equals(Observers.HUMANS))
        .collect(Collectors.groupingBy(s -> s.observer(), Collectors.summingInt(s -> s.trials())))
        .values()
        .stream()
        .mapToInt(Integer::intValue)
        .max()
        .orElse(0);
  }

  private static String count(List<ClaimResult> claims, Verdict verdict) {
    return Long.toString(claims.stream().filter(c -> c.verdict() == verdict).count());
  }

  private static String decimal(double value, int decimals, boolean data) {
    return data ? Format.decimal(value, decimals) : NO_DATA;
  }

  /** Humans, every catalogued model and every model found only in the data. */
  private static List<String> observers(ReportData report) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(Observers.HUMANS);
    report.catalog().models().forEach(p -> ids.add(p.id()));
    ids.addAll(report.models());
    return new ArrayList<>(ids);
  }
}
