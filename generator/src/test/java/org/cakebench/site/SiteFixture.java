package org.cakebench.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.PaperSection;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.cakebench.data.ReportSettings;
import org.cakebench.data.fetch.DataManifest;
import org.cakebench.evaluate.TextureVsShapeImport;
import org.cakebench.figures.FigureFile;
import org.cakebench.figures.FigureRenderer;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.report.ReportAssembler;

/**
 * Builds the input of a site for tests: a raw-data folder (synthetic or shared), the analyses, the
 * project's observer catalogue, templates and assets, small figures drawn with java.awt under the
 * output folder (as the figures stage would leave them) and a stimuli folder of drawn images.
 */
public final class SiteFixture {
  /** The project folder (Maven runs tests there). */
  public static final Path PROJECT = Path.of("").toAbsolutePath();

  private SiteFixture() {}

  /**
   * The input of a site over {@code rawData}, with small test figures drawn into {@code outDir}.
   */
  public static SiteInput input(Path rawData, Path outDir, Path stimuli, SitePaths paths) {
    return input(rawData, outDir, stimuli, paths, false);
  }

  /**
   * The input of a site over {@code rawData}; {@code realFigures} renders the figures stage's
   * figures into {@code outDir}, otherwise the small test figures are drawn.
   */
  public static SiteInput input(
      Path rawData, Path outDir, Path stimuli, SitePaths paths, boolean realFigures) {
    RawData data = new RawDataReader(w -> {}).read(rawData);
    ObserverCatalog catalog = catalog();
    AnalysisResults results = Analyses.run(data, catalog, w -> {});
    List<FigureFile> figures =
        realFigures
            ? FigureRenderer.renderAll(results, catalog, settings(), outDir, w -> {})
            : figures(outDir);
    Report report =
        ReportAssembler.assemble(
            results,
            catalog,
            figures,
            build(),
            data.decisionFiles(),
            List.copyOf(data.synthetic()));
    return new SiteInput(report, stimuli, paths);
  }

  /**
   * The facts of a test build: the bundled data manifest's pinned commits and its SHA-256, as the
   * build gives them.
   */
  public static BuildInfo build() {
    try (var in = DataManifest.class.getResourceAsStream("/org/cakebench/data/data-manifest.tsv")) {
      String sha =
          java.util.HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
      return BuildInfo.of("test", "2025-01-02", "synthetic trials", DataManifest.bundled(), sha);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The project's report settings. */
  public static ReportSettings settings() {
    return ReportSettings.load(PROJECT.resolve("content/report.yaml"));
  }

  /** The project's observer catalogue. */
  public static ObserverCatalog catalog() {
    return ObserverCatalog.load(PROJECT.resolve("content/observers.yaml"), PROJECT);
  }

  /** The report of a raw-data folder, with the given figures, as the build assembles it. */
  public static Report report(Path rawData) {
    RawData data = new RawDataReader(w -> {}).read(rawData);
    ObserverCatalog catalog = catalog();
    AnalysisResults results = Analyses.run(data, catalog, w -> {});
    return ReportAssembler.assemble(
        results,
        catalog,
        List.of(),
        new BuildInfo("1.0", "2025-01-02", "x"),
        data.decisionFiles(),
        List.copyOf(data.synthetic()));
  }

  /** The published data of the shared mirror ({@code -Dcakebench.shared}), if it is there. */
  public static Path sharedData() {
    return Path.of(System.getProperty("cakebench.shared", "../shared")).resolve("data");
  }

  /**
   * The site input of the published data with the real figures, written into {@code outDir}. As
   * {@code cakebench build} does, the 2019 CNNs' decisions are imported beside the published ones,
   * into a copy of the raw data next to {@code outDir}.
   */
  public static SiteInput shared(Path outDir) {
    Path shared = sharedData();
    Path raw = outDir.toAbsolutePath().getParent().resolve("raw-data-with-2019-cnns");
    copy(shared.resolve("raw-data"), raw);
    Path earlier = shared.resolve("texture-vs-shape-raw-data");
    if (Files.isDirectory(earlier)) {
      TextureVsShapeImport.run(earlier, raw);
    }
    return input(raw, outDir, shared.resolve("stimuli"), SitePaths.under(PROJECT), true);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The synthetic study's site input, written under {@code dir} ({@code dir/site} is the output).
   */
  public static SiteInput synthetic(Path dir, int simclrTextureTrials) {
    Path raw = new SyntheticStudy(simclrTextureTrials).write(dir.resolve("raw-data"));
    return input(
        raw, dir.resolve("site"), stimuli(dir.resolve("stimuli")), SitePaths.under(PROJECT));
  }

  /** One figure per report section, drawn as PNG, SVG and CSV under {@code outDir/figures}. */
  public static List<FigureFile> figures(Path outDir) {
    List<FigureFile> figures = new ArrayList<>();
    String[][] specs = {
      {"accuracy-uniform-noise", "OOD", "Accuracy under uniform noise", "uniform-noise"},
      {"confusion-uniform-noise", "CATEGORY", "Confusion matrices, uniform noise", "uniform-noise"},
      {
        "error-consistency-cue-conflict",
        "IMAGE",
        "Error consistency on cue conflict",
        "cue-conflict"
      },
      {"shape-bias", "SHAPE", "Shape bias", ""},
      {"benchmark-accuracy", "BENCHMARK", "OOD accuracy", ""},
      {
        "ec-uniform-noise",
        "BENCHMARK",
        "Error consistency with humans per condition",
        "uniform-noise"
      }
    };
    for (String[] s : specs) {
      String id = s[0];
      write(outDir.resolve("figures/" + id + ".svg"), svg(s[2]));
      png(outDir.resolve("figures/" + id + ".png"), 640, 400);
      write(outDir.resolve("figures/" + id + ".csv"), "observer,value\nhumans,0.9\nresnet50,0.4\n");
      figures.add(
          new FigureFile(
              id,
              PaperSection.valueOf(s[1]),
              s[3].isEmpty() ? null : Datasets.require(s[3]),
              s[2],
              "Synthetic figure drawn by the test; " + s[2].toLowerCase(Locale.ROOT) + ".",
              "Bar chart: " + s[2] + " of humans and two models",
              "figures/" + id + ".svg",
              "figures/" + id + ".png",
              "figures/" + id + ".csv",
              320,
              200));
    }
    return figures;
  }

  /** A stimuli folder with two drawn cue-conflict and edge images. */
  public static Path stimuli(Path dir) {
    png(dir.resolve("cue-conflict/airplane/airplane1-bear1.png"), 224, 224);
    png(dir.resolve("cue-conflict/bear/bear1-bicycle1.png"), 224, 224);
    png(dir.resolve("edge/bird/bird1.png"), 224, 224);
    return dir;
  }

  /** Draws a small bar chart as a PNG (a real image, so browsers decode it). */
  static void png(Path file, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xa51e37));
    g.fillRect(width / 8, height / 4, width / 6, height * 5 / 8);
    g.setColor(new Color(0x969696));
    g.fillRect(width * 3 / 8, height / 2, width / 6, height * 3 / 8);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    g.drawLine(width / 16, height * 7 / 8, width * 15 / 16, height * 7 / 8);
    g.dispose();
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String svg(String title) {
    return """
        <svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">
          <title>%s</title>
          <rect width="320" height="200" fill="#ffffff"/>
          <rect x="40" y="50" width="50" height="125" fill="#a51e37"/>
          <rect x="120" y="100" width="50" height="75" fill="#969696"/>
          <line x1="20" y1="175" x2="300" y2="175" stroke="#000000" stroke-width="2"/>
          <a href="../model-resnet50.html" target="_top" class="hotspot">
            <title>ResNet-50: 0.40</title>
            <rect x="120" y="100" width="50" height="75" fill="#969696" fill-opacity="0.01"/>
          </a>
        </svg>
        """
        .formatted(title);
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
