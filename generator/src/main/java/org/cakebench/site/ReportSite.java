package org.cakebench.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.Dataset;
import org.cakebench.report.Report;
import org.cakebench.site.content.Content;
import org.cakebench.site.content.Markdown;
import org.cakebench.site.content.PlaceholderValues;
import org.cakebench.site.output.Assets;
import org.cakebench.site.output.Downloads;
import org.cakebench.site.output.ImageErrorStimuli;
import org.cakebench.site.output.ReportArchive;
import org.cakebench.site.output.StimulusExample;
import org.cakebench.site.output.StimulusExamples;
import org.cakebench.site.pages.Page;
import org.cakebench.site.pages.PageModel;
import org.cakebench.site.pages.PageSources;
import org.cakebench.site.pages.Pages;
import org.cakebench.site.pages.SiteView;
import org.cakebench.site.pages.Templates;
import org.cakebench.site.transform.PostProcessor;
import org.cakebench.site.transform.PrintEdition;

/**
 * The site stage: takes the assembled report model and the figures already written under the output
 * folder ({@link SiteInput}) and writes the report's pages, assets, example stimuli and downloads
 * beside them. It computes nothing: it chooses, formats and lays out. The steps below run in the
 * order listed.
 */
public final class ReportSite {
  private ReportSite() {}

  // Threads of their own, not the pools': those render the pages, these work beside them.
  private static Thread besidePages(Runnable task) {
    Thread thread = new Thread(task, "site-files");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Renders the whole site into {@code outDir} (which the figures stage has already filled). Fails
   * with an {@link org.cakebench.data.InvalidInputException} naming the file (and line) for bad
   * content or templates, or naming the page when a link, anchor or image does not resolve.
   */
  public static SiteResult render(SiteInput input, Path outDir) {
    // 1. The parts built once per site: Markdown renderer and template engine.
    Markdown markdown = new Markdown();
    Templates templates = new Templates(input.paths().templates());

    // 2. The values placeholders insert, looked up in the report as pages ask for them.
    Report report = input.report();
    Content content = new Content(input.paths().content(), markdown, new PlaceholderValues(report));

    // 3. Files the pages link to are written on two threads beside this one, which renders the
    //    commentary (those wait on disk, this one on the CPU): on one, the models' decision files,
    //    the bulk of them, linked or copied until the pages' links are checked; on the other,
    //    assets, example stimuli and downloads, and later the report archive (step 5).
    ExecutorService beside = Executors.newFixedThreadPool(2, ReportSite::besidePages);
    try {
      CompletableFuture<Void> copies =
          CompletableFuture.runAsync(() -> Downloads.placeDecisions(report, outDir), beside);
      return render(input, outDir, templates, content, copies, beside);
    } finally {
      // Even when rendering fails, wait for this work: the caller deletes the staging folder
      // after a failure, and files written after that would land in a folder being removed.
      beside.shutdown();
      awaitQuietly(beside);
    }
  }

  private static SiteResult render(
      SiteInput input,
      Path outDir,
      Templates templates,
      Content content,
      CompletableFuture<Void> copies,
      ExecutorService beside) {
    Report report = input.report();
    CompletableFuture<Written> written =
        CompletableFuture.supplyAsync(() -> writeFiles(input, outDir), beside);
    content.renderAll();
    Written files = join(written);

    // 4. Pages: the view records the templates read.
    PageSources sources =
        new PageSources(report, content, files.examples(), files.imageErrors(), files.downloads());
    List<PageModel> models = Pages.all(sources);
    SiteView site = Pages.site(report);

    // 5. The pages rendered by the templates and, on a thread of its own meanwhile, the report to
    //    take away from the same tables: each as CSV, the claims as CSV, the provenance of every
    //    download and one archive of every figure, table and number (it mostly reads, hashes and
    //    packs files). It runs on through the checks, which count its files as written; the build
    //    waits for it at the end.
    CompletableFuture<ReportArchive.Written> archived =
        CompletableFuture.supplyAsync(
            () -> ReportArchive.write(report, files.downloads(), Pages.tables(models), outDir),
            beside);
    Set<String> archiveFiles = Set.copyOf(ReportArchive.paths(Pages.tablePaths(models)));
    List<Page> rendered = models.parallelStream().map(m -> templates.render(m, site)).toList();

    // 6. Post-processing chain and site-wide checks, then the pages go to disk.
    join(copies);
    Checked checked;
    try {
      checked = checkAndWrite(rendered, report, outDir, archiveFiles, beside);
    } catch (RuntimeException e) {
      // The archive may have failed too: say so rather than lose it.
      failureOf(archived).ifPresent(e::addSuppressed);
      throw e;
    }
    ReportArchive.Written archive = join(archived);
    requirePromised(archive, archiveFiles);
    return new SiteResult(
        checked.paths(),
        files.count() + archive.files().size() + checked.paths().size(),
        checked.links());
  }

  /** The pages written, in order, and the links checked on them. */
  private record Checked(List<String> paths, int links) {}

  /**
   * Post-processes and checks the pages and writes them, then the print edition; links to {@code
   * archiveFiles} pass, as the archive is still writing them.
   */
  private static Checked checkAndWrite(
      List<Page> rendered,
      Report report,
      Path outDir,
      Set<String> archiveFiles,
      ExecutorService beside) {
    // One chain for both runs: it reads each figure's SVG once, and the long page shows them all.
    PostProcessor chain = PostProcessor.standard();
    PostProcessor.Result processed =
        chain.process(rendered, outDir, Map.of(PrintEdition.PATH, Set.<String>of()), archiveFiles);
    // The pages go to disk beside the print edition, which takes their trees apart: their HTML
    // is already written out as text.
    CompletableFuture<Void> pagesWritten =
        CompletableFuture.runAsync(
            () ->
                processed.pages().parallelStream()
                    .forEach(p -> AtomicFiles.writeString(outDir.resolve(p.path()), p.html())),
            beside);
    List<String> paths = new ArrayList<>();
    processed.pages().forEach(p -> paths.add(p.path()));

    // 7. The whole report as one long page, to read offline or print, checked the same way.
    PostProcessor.Parsed print =
        PrintEdition.compose(
            processed.pages(),
            processed.trees(),
            "The whole report",
            "Every page of this report, one after the other, to read offline or print as one"
                + " PDF. Built by cakebench "
                + report.build().version()
                + " on "
                + report.build().date()
                + ".");
    PostProcessor.Result printed =
        chain.processParsed(List.of(print), outDir, processed.ids(), archiveFiles);
    AtomicFiles.writeString(outDir.resolve(PrintEdition.PATH), printed.pages().get(0).html());
    paths.add(PrintEdition.PATH);
    join(pagesWritten);
    return new Checked(paths, processed.linksChecked() + printed.linksChecked());
  }

  /**
   * The checks counted the archive's files as written before they were: the archive must have
   * written exactly those, or a link was let through unchecked.
   */
  private static void requirePromised(ReportArchive.Written archive, Set<String> promised) {
    Set<String> written = Set.copyOf(archive.files());
    if (!written.equals(promised)) {
      throw new IllegalStateException(
          "the report archive wrote "
              + new TreeSet<>(written)
              + " but the page checks counted on "
              + new TreeSet<>(promised));
    }
  }

  /** What {@code work} failed with, once it is done; empty if it succeeded. */
  private static Optional<Throwable> failureOf(CompletableFuture<?> work) {
    try {
      work.join();
      return Optional.empty();
    } catch (CompletionException | CancellationException e) {
      return Optional.of(e.getCause() != null ? e.getCause() : e);
    }
  }

  /** The files written besides the pages. */
  private record Written(
      Map<Dataset, List<StimulusExample>> examples,
      Map<String, String> imageErrors,
      Downloads downloads,
      int count) {}

  private static Written writeFiles(SiteInput input, Path outDir) {
    int count = Assets.copy(input.paths().assets(), outDir.resolve("assets"));
    Map<Dataset, List<StimulusExample>> examples = StimulusExamples.copy(input.stimuli(), outDir);
    Map<String, String> imageErrors =
        ImageErrorStimuli.copy(input.report().imageErrors(), input.stimuli(), outDir);
    Downloads downloads =
        Downloads.write(input.report(), input.paths().content().resolve("observers.yaml"), outDir);
    count += examples.values().stream().mapToInt(List::size).sum() + imageErrors.size();
    count += downloads.decisions().size() + downloads.json().size();
    return new Written(examples, imageErrors, downloads, count);
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
        // a copy of hundreds of megabytes to a slow disk: keep waiting
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The value of {@code future}, rethrowing what it threw. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
