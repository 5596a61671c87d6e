package org.cakebench.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ReportSettings;

/**
 * Renders every figure from the analysis results into {@code <out>/figures/<id>.svg}, {@code .png}
 * (twice the nominal size) and {@code .csv}, in parallel, and returns them in report order. The
 * figures of an earlier run that this run no longer draws are removed ({@link FigureIndex}); other
 * files in the folder are left alone.
 */
public final class FigureRenderer {
  /** The folder under the output root that holds the figures. */
  public static final String FOLDER = "figures";

  private static final int PNG_SCALE = 2;

  // Observers named in the note on unlisted ones; the rest are counted.
  static final int NAMED = 10;

  private FigureRenderer() {}

  /**
   * Renders all figures of {@code results}; observers the catalog does not list are drawn as
   * "other" and named in {@code warnings}.
   */
  public static List<FigureFile> renderAll(
      AnalysisResults results,
      ObserverCatalog catalog,
      ReportSettings settings,
      Path outRoot,
      Consumer<String> warnings) {
    // Figures never need a display; without this AWT may look for one when the caller forgot.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    ObserverStyles styles = new ObserverStyles(catalog);
    List<String> unlisted = styles.unlisted(results.models());
    if (!unlisted.isEmpty()) {
      warnings.accept(unlistedWarning(unlisted));
    }
    List<FigureFile> files = render(AllFigures.of(results, styles, settings), outRoot);
    FigureIndex.update(outRoot.resolve(FOLDER), files.stream().map(FigureFile::id).toList());
    return files;
  }

  /**
   * The note on observers the catalogue does not list, naming the first {@value #NAMED} of them: a
   * lab that adds a hundred models reads a line, not a page (the models page lists them all).
   */
  static String unlistedWarning(List<String> unlisted) {
    String named = String.join(", ", unlisted.subList(0, Math.min(NAMED, unlisted.size())));
    int more = unlisted.size() - NAMED;
    return "not listed in observers.yaml, drawn as 'other': "
        + named
        + (more > 0 ? " and " + more + " more" : "");
  }

  /** Renders {@code figures} into {@code outRoot}, in parallel; keeps their order. */
  static List<FigureFile> render(List<Figure> figures, Path outRoot) {
    int threads = Math.max(1, Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, FigureRenderer::daemon);
    try {
      List<Future<FigureFile>> futures = new ArrayList<>();
      for (Figure f : figures) {
        futures.add(pool.submit(() -> write(f, outRoot)));
      }
      List<FigureFile> files = new ArrayList<>();
      for (Future<FigureFile> future : futures) {
        files.add(future.get());
      }
      return files;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering figures", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("rendering figures failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Renders one figure and writes its three files. */
  static FigureFile write(Figure figure, Path outRoot) {
    String stem = FOLDER + "/" + figure.id();
    Drawing drawing = figure.chart();
    byte[] svg = ImageEncoder.svg(drawing, figure.title(), figure.altText());
    byte[] png = ImageEncoder.png(drawing, PNG_SCALE);
    AtomicFiles.write(outRoot.resolve(stem + ".svg"), out -> out.write(svg));
    AtomicFiles.write(outRoot.resolve(stem + ".png"), out -> out.write(png));
    AtomicFiles.write(outRoot.resolve(stem + ".csv"), figure.table()::writeCsv);
    return new FigureFile(
        figure.id(),
        figure.section(),
        figure.dataset().orElse(null),
        figure.title(),
        figure.caption(),
        figure.altText(),
        stem + ".svg",
        stem + ".png",
        stem + ".csv",
        drawing.width(),
        drawing.height(),
        figure.panelOf().orElse(null));
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "figure-renderer");
    t.setDaemon(true);
    return t;
  }
}
