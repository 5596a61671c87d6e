package org.cakebench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cakebench.build.BuildConfig;
import org.cakebench.build.BuildSummary;
import org.cakebench.build.CatalogEvaluation;
import org.cakebench.build.ModelEvaluation;
import org.cakebench.build.ReportBuild;
import org.cakebench.evaluate.ProgressBarListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cakebench build}: the whole report, from data to a publishable site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    header = "Build the whole report site into site-output/.",
    description =
        "Builds the report site: fetches the data if missing, evaluates the models whose"
            + " TorchScript files exist (decisions are cached), analyses every observer, renders"
            + " the figures and pages, checks every link, and swaps the finished site into the"
            + " output folder.")
final class BuildCommand implements Callable<Integer> {
  @Mixin DataOptions dataOptions = new DataOptions();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: site-output/ in the project).")
  Path out;

  @Option(names = "--no-evaluate", description = "Use cached decisions only; run no model.")
  boolean noEvaluate;

  @Override
  public Integer call() {
    Path home = ProjectPaths.home();
    BuildConfig config =
        new BuildConfig(
            home,
            dataOptions.dataDir(),
            dataOptions.mirrorDir(),
            out != null ? out.toAbsolutePath() : home.resolve("site-output"),
            !noEvaluate);
    Console.quietenEngineLogs();
    ModelEvaluation evaluation =
        new CatalogEvaluation(
            new ProgressBarListener(Console::info, Console::warn), new Version().getVersion()[0]);
    BuildSummary summary = new ReportBuild(Console::info, Console::warn, evaluation).run(config);
    Console.info(
        String.format(
            Locale.ROOT,
            "built %s: %d pages, %d figures, %d models, in %.1f s",
            config.outDir(),
            summary.pages(),
            summary.figures(),
            summary.observers().size(),
            summary.took().toMillis() / 1000.0));
    return 0;
  }
}
