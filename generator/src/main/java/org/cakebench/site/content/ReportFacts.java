package org.cakebench.site.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.Format;
import org.cakebench.report.Report;
import org.cakebench.report.ReportData;
import org.cakebench.report.claims.ClaimResult;
import org.cakebench.report.claims.TrialCountClaim;
import org.cakebench.report.claims.Verdict;

/**
 * The placeholder values about the report as a whole, a fixed set of about fifty: build facts,
 * model and dataset counts, trial totals and verdict counts.
 */
final class ReportFacts {
  private final Map<String, String> values = new HashMap<>();

  ReportFacts(Report report) {
    BuildInfo build = report.build();
    values.put("site.version", build.version());
    values.put("site.date", build.date());
    values.put("site.data_source", build.dataSource());
    models(report.data());
    datasets(report.data());
    claims(report.claims());
    values.put("bootstrap.resamples", Format.count(report.data().bootstrapResamples()));
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  private void models(ReportData data) {
    List<ObserverProfile> paper = data.paperCatalog();
    List<String> withDecisions = data.paperModels();
    List<String> extras = data.otherModels();
    values.put("models.paper_total", Integer.toString(paper.size()));
    values.put(
        "models.paper_supervised_total",
        Long.toString(paper.stream().filter(p -> p.group() == ObserverGroup.SUPERVISED).count()));
    values.put(
        "models.paper_self_supervised_total",
        Long.toString(
            paper.stream().filter(p -> p.group() == ObserverGroup.SELF_SUPERVISED).count()));
    values.put("models.paper_with_decisions", Format.names(data.names(withDecisions)));
    values.put("models.paper_with_decisions_count", Integer.toString(withDecisions.size()));
    values.put(
        "models.paper_without_decisions_count",
        Integer.toString(paper.size() - withDecisions.size()));
    values.put("models.extras_with_decisions", Format.names(data.names(extras)));
    values.put("models.extras_with_decisions_count", Integer.toString(extras.size()));
    values.put("models.with_decisions_count", Integer.toString(data.models().size()));
    // observers.yaml names models trained on Stylized-ImageNet with the id suffix -sin.
    List<String> stylized = extras.stream().filter(m -> m.endsWith("-sin")).toList();
    values.put("models.extras_stylized", Format.names(data.names(stylized)));
    values.put("models.extras_stylized_count", Integer.toString(stylized.size()));
    values.put("models.extras_coverage", DatasetCoverage.summary(data, extras));
  }

  private void datasets(ReportData data) {
    values.put("datasets.total", Integer.toString(Datasets.all().size()));
    values.put("datasets.paper", Integer.toString(Datasets.PAPER.size()));
    values.put("datasets.with_trials", Integer.toString(data.datasets().size()));
    long paperTrials = 0;
    long extensionTrials = 0;
    long modelTrials = 0;
    for (Dataset d : data.datasets()) {
      long humans = data.trials(Observers.HUMANS, d);
      if (d.inPaper()) {
        paperTrials += humans;
      } else {
        extensionTrials += humans;
      }
      for (String m : data.models()) {
        modelTrials += data.trials(m, d);
      }
    }
    values.put("trials.humans", Format.count(paperTrials + extensionTrials));
    values.put("trials.humans_paper", Format.count(paperTrials));
    values.put("trials.humans_extension", Format.count(extensionTrials));
    values.put("trials.models", Format.count(modelTrials));
    values.put("trials.source_2018", Format.count(TrialCountClaim.TRIALS_2018));
    values.put("trials.source_2019", Format.count(TrialCountClaim.TRIALS_2019));
    values.put(
        "trials.source_total",
        Format.count(TrialCountClaim.TRIALS_2018 + TrialCountClaim.TRIALS_2019));
    values.put(
        "kappa.humans.texture_shape",
        Format.decimal(data.meanHumanKappa(Datasets.TEXTURE_SHAPE), 3));
  }

  private void claims(List<ClaimResult> claims) {
    values.put(
        "claims.total", Long.toString(claims.stream().filter(c -> c.verdict().checked()).count()));
    // One count per verdict, named after its key: claims.holds, claims.consistent_so_far, ...
    for (Verdict v : Verdict.values()) {
      values.put("claims." + v.key().replace('-', '_'), count(claims, v));
    }
  }

  private static String count(List<ClaimResult> claims, Verdict verdict) {
    return Long.toString(claims.stream().filter(c -> c.verdict() == verdict).count());
  }
}
