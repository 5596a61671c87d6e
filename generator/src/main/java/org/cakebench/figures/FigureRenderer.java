package org.cakebench.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ObserverCatalog;

/**
 * Renders every figure from the analysis results into {@code <out>/figures/<id>.svg}, {@code .png}
 * (twice the nominal size) and {@code .csv}, in parallel, and returns them in report order. Figure
 * files of earlier runs that this run no longer writes are removed.
 */
public final class FigureRenderer {
  /** The folder under the output root that holds the figures. */
  public static final String FOLDER = "figures";

  private static final int PNG_SCALE = 2;

  private FigureRenderer() {}

  /**
   * Renders all figures of {@code results}; observers the catalog does not list are drawn as
   * "other" and named in {@code warnings}.
   */
  public static List<FigureFile> renderAll(
      AnalysisResults results, ObserverCatalog catalog, Path outRoot, Consumer<String> warnings) {
    // Figures never need a display; without this AWT may look for one when the caller forgot.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    ObserverStyles styles = new ObserverStyles(catalog);
    List<String> unlisted = styles.unlisted(results.models());
    if (!unlisted.isEmpty()) {
      warnings.accept(
          "not listed in observers.yaml, drawn as 'other': " + String.join(", ", unlisted));
    }
    List<FigureFile> files = render(AllFigures.of(results, styles), outRoot);
    removeStale(outRoot.resolve(FOLDER), files);
    return files;
  }

  /**
   * Deletes figure files of earlier runs that this run did not write (e.g. of a dataset no longer
   * in the data), so the folder holds exactly the current figures.
   */
  static void removeStale(Path folder, List<FigureFile> files) {
    Set<String> current = new HashSet<>();
    for (FigureFile f : files) {
      current.add(Path.of(f.svg()).getFileName().toString());
      current.add(Path.of(f.png()).getFileName().toString());
      current.add(Path.of(f.csv()).getFileName().toString());
    }
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path p : listing.toList()) {
        String name = p.getFileName().toString();
        boolean figureFile =
            name.endsWith(".svg") || name.endsWith(".png") || name.endsWith(".csv");
        if (figureFile && !current.contains(name)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy " + folder, e);
    }
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
        figure.title(),
        figure.caption(),
        figure.altText(),
        stem + ".svg",
        stem + ".png",
        stem + ".csv",
        drawing.width(),
        drawing.height());
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "figure-renderer");
    t.setDaemon(true);
    return t;
  }
}
