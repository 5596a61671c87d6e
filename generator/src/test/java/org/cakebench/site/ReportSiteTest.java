package org.cakebench.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.analysis.ObserverResults;
import org.cakebench.data.Category;
import org.cakebench.data.InvalidInputException;
import org.cakebench.report.claims.Claim;
import org.cakebench.report.claims.Claims;
import org.cakebench.site.transform.ContentSecurityPolicy;
import org.cakebench.site.transform.SiteCheckException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a site built from the synthetic study, asserted on the files written. */
class ReportSiteTest {
  @TempDir static Path dir;
  static Path out;
  static SiteInput input;
  static SiteResult result;

  @BeforeAll
  static void build() {
    input = SiteFixture.synthetic(dir, 19);
    out = dir.resolve("site");
    result = ReportSite.render(input, out);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void writesThePagesOfTheReportInNavigationOrder() {
    assertThat(result.pages())
        .startsWith(
            "index.html",
            "introduction.html",
            "methods.html",
            "ood-generalisation.html",
            "category-errors.html",
            "image-errors.html",
            "shape-bias.html",
            "leaderboard.html",
            "datasets.html")
        .contains(
            "dataset-uniform-noise.html",
            "dataset-sketch.html",
            "model-resnet50.html",
            "model-simclr_resnet50x1.html",
            "add-a-model.html",
            "downloads.html")
        .doesNotContain("dataset-rotation.html", "model-inception_v3.html");
    result.pages().forEach(p -> assertThat(out.resolve(p)).isRegularFile());
    assertThat(result.linksChecked()).isGreaterThan(300);
  }

  @Test
  void everyPageHasOneH1LandmarksAndTheContentSecurityPolicy() throws IOException {
    for (String p : result.pages()) {
      Document doc = page(p);
      assertThat(doc.select("h1")).as(p).hasSize(1);
      assertThat(doc.select("body > header, body > main, body > footer")).as(p).hasSize(3);
      assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .as(p)
          .isEqualTo(ContentSecurityPolicy.POLICY);
      assertThat(doc.select("script:not([src])")).as(p).isEmpty();
      assertThat(doc.select("[style]")).as(p).isEmpty();
      assertThat(doc.select("img"))
          .as(p)
          .allSatisfy(img -> assertThat(img.attr("alt")).isNotBlank());
    }
  }

  @Test
  void numbersInTheCommentaryComeFromTheTrials() throws IOException {
    // 19 of 32 cue-conflict decisions by texture: 59.4%; ResNet-50 always takes the texture.
    String shape = page("shape-bias.html").select("main .prose").text();
    assertThat(shape)
        .contains("SimCLR-x1 59.4%")
        .contains("ResNet-50 takes 100.0% texture decisions")
        .contains(
            "Inception-V3 at 60.7% texture decisions: no data yet (this report: no data yet)");
    String category = page("category-errors.html").select("main .prose").text();
    assertThat(category).contains("ResNet-50 answers \"knife\" in 100.0% of its trials");
    assertThat(category).contains("SimCLR-x1 answers \"bottle\" in 75.0%");
    assertThat(page("index.html").select("main .prose").text())
        .contains("Of the paper's 32 models, 2 have published decisions: ResNet-50 and SimCLR-x1.");
  }

  @Test
  void claimsTableShowsComputedVerdicts() throws IOException {
    Document home = page("index.html");
    // Two of the paper's models: claims about a group are consistent so far, never "holds".
    assertThat(verdict(home, "simclr-texture")).isEqualTo("consistent so far");
    assertThat(verdict(home, "inception-texture")).isEqualTo("no data yet");
    assertThat(verdict(home, "between-as-within")).isEqualTo("no data yet");
    assertThat(verdict(home, "resnet50-knife")).isEqualTo("holds");
    assertThat(verdict(home, "shape-below-humans")).isEqualTo("consistent so far");
    assertThat(verdict(home, "trials")).isEqualTo("context");
    assertThat(verdict(home, "human-kappa")).isEqualTo("holds");
    assertThat(verdict(home, "human-kappa-value")).isEqualTo("differs");
    Element sofar = home.selectFirst("#claim-shape-below-humans");
    assertThat(sofar.selectFirst(".verdict").hasClass("verdict-consistent-so-far")).isTrue();
    assertThat(sofar.selectFirst(".coverage").text()).isEqualTo("2 of 32 models");
    assertThat(sofar.selectFirst(".coverage").attr("title"))
        .isEqualTo("supervised 1 of 24, self-supervised 1 of 8");
    assertThat(sofar.selectFirst("details.rule").text())
        .contains("supervised 1 of 24, self-supervised 1 of 8");
    assertThat(home.selectFirst("#claim-resnet50-knife .coverage").text())
        .isEqualTo("1 of 1 model");
    assertThat(home.selectFirst("#claim-humans-spread-errors .coverage").text())
        .isEqualTo("humans only");
    // Counted apart on the summary and on the section cards.
    assertThat(home.selectFirst(".verdict-summary").text())
        .startsWith("Of 18 claims checked, 3 hold, 7 are consistent so far")
        .contains("2 differ,")
        .contains("and 6 cannot be checked yet")
        .contains("1 figure of the paper for context only");
    assertThat(home.select(".verdict-list").text()).contains("consistent so far (2/32)");
    assertThat(home.selectFirst("#claim-simclr-texture").text()).contains("SimCLR-x1 59.4%");
  }

  @Test
  void verdictsFollowTheDataNotTheText(@TempDir Path other) throws IOException {
    // SimCLR-x1 with 28 of 32 texture decisions (87.5%) is outside the paper's 58.3-61.2%.
    SiteInput input = SiteFixture.synthetic(other, 28);
    ReportSite.render(input, other.resolve("site"));
    Document home = Jsoup.parse(other.resolve("site/index.html").toFile(), "UTF-8");
    assertThat(verdict(home, "simclr-texture")).isEqualTo("differs");
    assertThat(home.selectFirst("#claim-simclr-texture").text()).contains("87.5%");
  }

  private static String verdict(Document home, String claim) {
    Element row = home.selectFirst("#claim-" + claim);
    assertThat(row).as(claim).isNotNull();
    return row.selectFirst(".verdict").text();
  }

  @Test
  void sectionPagesShowTheirFiguresWithCaptionAltTextAndFiles() throws IOException {
    Document ood = page("ood-generalisation.html");
    Element figure = ood.selectFirst("#figure-accuracy-uniform-noise");
    assertThat(figure).isNotNull();
    // The SVG itself, so its tooltips and links work, with the PNG as the fallback inside.
    Element object = figure.selectFirst("object");
    assertThat(object.attr("type")).isEqualTo("image/svg+xml");
    assertThat(object.attr("data")).isEqualTo("figures/accuracy-uniform-noise.svg");
    assertThat(object.attr("aria-label")).startsWith("Bar chart");
    assertThat(object.selectFirst("img").attr("src"))
        .isEqualTo("figures/accuracy-uniform-noise.png");
    assertThat(object.selectFirst("img").attr("alt")).startsWith("Bar chart");
    assertThat(figure.selectFirst("a.zoom").attr("href"))
        .isEqualTo("figures/accuracy-uniform-noise.png");
    assertThat(figure.select("figcaption a").eachAttr("href"))
        .contains("figures/accuracy-uniform-noise.csv");
    assertThat(ood.select("figure.figure")).hasSize(1);
    assertThat(page("dataset-uniform-noise.html").select("#figure-accuracy-uniform-noise"))
        .hasSize(1);
    assertThat(page("leaderboard.html").select("#figure-benchmark-accuracy")).hasSize(1);
    // A benchmark figure of one dataset goes to that dataset's page, not the leaderboard.
    assertThat(page("leaderboard.html").select("#figure-ec-uniform-noise")).isEmpty();
    assertThat(page("dataset-uniform-noise.html").select("#figure-ec-uniform-noise")).hasSize(1);
  }

  @Test
  void headingsGetIdsAndLongPagesATableOfContents() throws IOException {
    Document methods = page("methods.html");
    assertThat(methods.select("main h2")).allSatisfy(h -> assertThat(h.id()).isNotEmpty());
    assertThat(methods.select("nav.toc a").eachAttr("href")).contains("#error-consistency");
    assertThat(page("dataset-edge.html").select("nav.toc")).isEmpty();
  }

  @Test
  void externalLinksAreMarked() throws IOException {
    Element link = page("index.html").selectFirst("footer a[href^=https://github.com/bethgelab]");
    assertThat(link.attr("rel")).contains("noopener");
    assertThat(link.hasClass("external")).isTrue();
  }

  @Test
  void leaderboardRanksByHumanLikenessAndByOodAccuracyUnderTheHumanReference() throws IOException {
    Document page = page("leaderboard.html");
    Element likeness = page.selectFirst("table#leaderboard");
    assertThat(likeness.hasClass("sortable")).isTrue();
    assertThat(likeness.select("thead tr:last-child th").eachText())
        .containsExactly(
            "Observer",
            "Rank",
            "Mean rank",
            "Accuracy difference ↓, all 7",
            "Accuracy difference ↓, paper's 6",
            "Observed consistency ↑, all 7",
            "Observed consistency ↑, paper's 6",
            "Error consistency ↑, all 7",
            "Error consistency ↑, paper's 6",
            "Group",
            "In the paper");
    assertThat(likeness.select("thead tr.column-groups th").eachText())
        .containsExactly("Accuracy difference ↓", "Observed consistency ↑", "Error consistency ↑");
    // The humans are the reference row; ranks are best first, lower better.
    assertThat(likeness.select("tbody tr > th").eachText())
        .containsExactly("Humans", "SimCLR-x1", "ResNet-50");
    assertThat(likeness.select("tbody tr").first().hasClass("reference")).isTrue();
    assertThat(likeness.select("tbody tr td:nth-of-type(1)").eachText())
        .containsExactly("reference", "1", "2");
    assertThat(likeness.select("thead tr:last-child th").eachAttr("data-best"))
        .containsExactly(
            "neither", "lower", "lower", "lower", "lower", "higher", "higher", "higher", "higher",
            "neither", "neither");
    Element ood = page.selectFirst("table#leaderboard-ood");
    assertThat(ood.select("thead tr.column-groups th").eachText())
        .containsExactly("OOD accuracy ↑");
    assertThat(ood.select("tbody tr > th").eachText()).first().isEqualTo("Humans");
    // Accuracies and shape bias carry their 95% intervals.
    assertThat(ood.select("tbody tr").get(1).select("td .ci")).hasSize(3);
    assertThat(ood.select("tbody tr").get(1).select("td .ci").first().text())
        .matches("95% interval \\[\\d+\\.\\d, \\d+\\.\\d\\]");
  }

  @Test
  void modelsPageListsAllPaperModelsAndWhichHaveDecisions() throws IOException {
    Document models = page("models.html");
    assertThat(models.select("#table-models tbody tr")).hasSize(32);
    assertThat(models.select("#table-models tbody tr th a").eachText())
        .containsExactly("ResNet-50", "SimCLR-x1");
    assertThat(models.select("#table-models tbody tr").text()).contains("Inception-V3");
    assertThat(models.select("#table-models").text()).contains("no decisions yet");
    // The extras of the catalogue, none with decisions in the synthetic study, in their own table.
    assertThat(models.select("h2#other-models")).hasSize(1);
    assertThat(models.select("#table-other-models tbody th").eachText())
        .contains("BagNet-33", "ResNet-50 (2019 pipeline)")
        .doesNotContain("ResNet-50", "SimCLR-x1");
    assertThat(models.select("#table-models").text()).doesNotContain("BagNet-33");
  }

  @Test
  void datasetsPageSeparatesThePapersFifteenFromTheExtension() throws IOException {
    Document datasets = page("datasets.html");
    assertThat(datasets.select("#table-datasets tbody tr")).hasSize(17);
    assertThat(datasets.select("#table-datasets tbody tr:contains(extension)")).hasSize(2);
    Document sketch = page("dataset-sketch.html");
    assertThat(sketch.select("dl.facts").text()).contains("extension");
    Document cue = page("dataset-cue-conflict.html");
    assertThat(cue.select("ul.examples img")).hasSize(2);
    assertThat(cue.select("ul.examples img").first().attr("alt"))
        .contains("shape airplane, texture bear");
    assertThat(out.resolve(cue.select("ul.examples img").first().attr("src"))).isRegularFile();
  }

  @Test
  void theConfusionsDownloadHoldsEveryMatrixOfTheAnalysesInOrder() throws IOException {
    JsonNode json = new ObjectMapper().readTree(out.resolve("downloads/confusions.json").toFile());
    assertThat(json.path("provenance").path("generator").asText()).startsWith("cakebench");
    assertThat(json.path("rows")).hasSize(17);
    assertThat(json.path("rows").get(16).asText()).isEqualTo(Category.NO_ANSWER);
    assertThat(json.path("columns")).hasSize(16);
    Iterator<JsonNode> entries = json.path("confusions").elements();
    int matrices = 0;
    for (DatasetResults d : input.report().data().perDataset()) {
      for (ObserverResults o : d.observers().values()) {
        for (ConditionScore s : o.conditions()) {
          if (s.confusion() == null) {
            continue;
          }
          JsonNode entry = entries.next();
          String where = o.observer() + " " + d.dataset().name() + " " + s.condition().label();
          assertThat(
                  entry.path("observer").asText()
                      + " "
                      + entry.path("dataset").asText()
                      + " "
                      + entry.path("condition").asText())
              .isEqualTo(where);
          double[][] percent = s.confusion().percent();
          assertThat(entry.path("percent")).as(where).hasSize(17);
          for (int r = 0; r < 17; r++) {
            for (int c = 0; c < 16; c++) {
              JsonNode cell = entry.path("percent").get(r).get(c);
              if (Double.isFinite(percent[r][c])) {
                assertThat(cell.doubleValue())
                    .as(where + " [" + r + "][" + c + "]")
                    .isEqualTo(percent[r][c]);
              } else {
                assertThat(cell.isNull()).as(where + " [" + r + "][" + c + "]").isTrue();
              }
            }
          }
          matrices++;
        }
      }
    }
    assertThat(entries.hasNext()).as("no matrix beyond the analyses'").isFalse();
    assertThat(matrices).isGreaterThan(20);
    // Laid out as the other downloads: the indented form the mapper writes for the same tree.
    ObjectMapper indented = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    assertThat(Files.readString(out.resolve("downloads/confusions.json")))
        .isEqualTo(indented.writeValueAsString(json));
  }

  @Test
  void downloadsOfferDecisionsFigureNumbersAndAnalyses() throws IOException {
    Document downloads = page("downloads.html");
    assertThat(downloads.select("#json-title ~ ul a[href$=.json]").eachAttr("href"))
        .containsExactly(
            "downloads/benchmark.json",
            "downloads/analyses.json",
            "downloads/confusions.json",
            "downloads/claims.json");
    assertThat(downloads.select("a[href^=downloads/decisions/]")).hasSize(2 * 7);
    assertThat(downloads.select("a[href$=.csv][href^=figures/]")).hasSize(6);
    assertThat(out.resolve("downloads/decisions/cue-conflict/cue-conflict_resnet50_session-1.csv"))
        .isRegularFile();
    assertThat(
            out.resolve("downloads/decisions/cue-conflict/cue-conflict_subject-01_session-1.csv"))
        .doesNotExist();
    assertThat(Files.readString(out.resolve("downloads/claims.json")))
        .contains("\"id\" : \"simclr-texture\"")
        .contains("\"verdict\" : \"holds\"");
  }

  @Test
  void imageErrorsShowTheImagesHumansAndModelsDisagreeOnWithEachGroupsShare() throws IOException {
    Document page = page("image-errors.html");
    // Humans always name the shape; ResNet-50 always the texture, SimCLR-x1 on images 0-18 of 32:
    // on those both models are wrong, the largest gap; ties in image-id order.
    Element humansBetter = page.selectFirst("#disagreements-cue-conflict-humans + ul.image-cards");
    assertThat(humansBetter.select("li")).hasSize(8);
    Element first = humansBetter.selectFirst("li");
    assertThat(first.selectFirst("img").attr("src"))
        .isEqualTo("stimuli/cue-conflict/airplane/airplane1-bear1.png");
    assertThat(out.resolve("stimuli/cue-conflict/airplane/airplane1-bear1.png")).isRegularFile();
    assertThat(first.selectFirst("img").attr("alt"))
        .contains("airplane1-bear1.png")
        .contains("humans 100.0% right, the paper's models 0.0% right");
    assertThat(first.select("dl.shares dt").eachText())
        .containsExactly("Humans", "Supervised", "Self-supervised");
    assertThat(first.select("dl.shares dd").eachText()).containsExactly("100.0%", "0.0%", "0.0%");
    // Where the models beat the humans on no image, the page says so.
    assertThat(page.selectFirst("#disagreements-cue-conflict-models + p.note").text())
        .isEqualTo("No image in this direction.");
    // The synthetic edge images are not in the stimuli folder: the cards say so, no broken image.
    Element edges = page.selectFirst("#disagreements-edge-humans + ul.image-cards");
    assertThat(edges.select("li")).hasSize(8);
    assertThat(edges.select("img")).isEmpty();
    assertThat(edges.select(".no-image").first().text()).isEqualTo("Image not in the data");
    assertThat(page.selectFirst("#disagreements-edge").parent().text())
        .contains("2 human participants")
        .contains("supervised models with decisions: ResNet-50")
        .contains("self-supervised models: SimCLR-x1");
  }

  @Test
  void imageErrorsSayWhenNoPaperModelHasDecisionsOnADataset(@TempDir Path other)
      throws IOException {
    Path raw = new SyntheticStudy(19).write(other.resolve("raw-data"));
    Files.delete(raw.resolve("silhouette/silhouette_resnet50_session-1.csv"));
    Files.delete(raw.resolve("silhouette/silhouette_simclr_resnet50x1_session-1.csv"));
    SiteInput input =
        SiteFixture.input(
            raw,
            other.resolve("site"),
            SiteFixture.stimuli(other.resolve("stimuli")),
            SitePaths.under(SiteFixture.PROJECT));
    ReportSite.render(input, other.resolve("site"));
    Document page = Jsoup.parse(other.resolve("site/image-errors.html").toFile(), "UTF-8");
    Element silhouettes = page.selectFirst("#disagreements-silhouette").parent();
    assertThat(silhouettes.text())
        .contains("None of the paper's models has decisions on this dataset yet");
    assertThat(silhouettes.select("ul.image-cards")).isEmpty();
    assertThat(page.select("#disagreements-cue-conflict-humans + ul.image-cards img")).isNotEmpty();
  }

  @Test
  void aReportOfRealDataShowsNoSyntheticBanner() throws IOException {
    for (String p : result.pages()) {
      assertThat(page(p).select(".synthetic-banner")).as(p).isEmpty();
    }
  }

  @Test
  void whenDecisionsAreMarkedSyntheticEveryPageSaysSoNamingTheObservers(@TempDir Path other)
      throws IOException {
    Path raw = new SyntheticStudy(19).write(other.resolve("raw-data"));
    // SimCLR-x1's trial files carry the column that marks synthetic rehearsal data.
    try (var files = Files.walk(raw)) {
      for (Path f :
          files.filter(f -> f.toString().endsWith("_simclr_resnet50x1_session-1.csv")).toList()) {
        List<String> lines = Files.readAllLines(f);
        List<String> marked = new java.util.ArrayList<>();
        marked.add(lines.get(0) + ",synthetic");
        lines.subList(1, lines.size()).forEach(l -> marked.add(l + ",1"));
        Files.write(f, marked);
      }
    }
    SiteInput input =
        SiteFixture.input(
            raw,
            other.resolve("site"),
            SiteFixture.stimuli(other.resolve("stimuli")),
            SitePaths.under(SiteFixture.PROJECT));
    SiteResult site = ReportSite.render(input, other.resolve("site"));
    for (String p : site.pages()) {
      Document doc = Jsoup.parse(other.resolve("site").resolve(p).toFile(), "UTF-8");
      Element banner = doc.selectFirst("body > header .synthetic-banner");
      assertThat(banner).as(p).isNotNull();
      assertThat(banner.text())
          .as(p)
          .startsWith("Synthetic rehearsal data, not results.")
          .contains("The decisions of 1 observer (SimCLR-x1) are marked as synthetic");
    }
  }

  @Test
  void methodsStatesTheRuleOfEveryClaim() throws IOException {
    String methods = page("methods.html").select("main").text();
    for (Claim c : Claims.all()) {
      assertThat(methods).as(c.text().id()).contains(c.text().rule());
    }
  }

  @Test
  void copiesTheAssets() {
    assertThat(out.resolve("assets/site.css")).isRegularFile();
    assertThat(out.resolve("assets/site.js")).isRegularFile();
    assertThat(out.resolve("assets/favicon.svg")).isRegularFile();
  }

  @Test
  void aBrokenLinkInTheCommentaryFailsNamingThePage(@TempDir Path other) throws IOException {
    SitePaths paths = copyOfContent(other);
    Files.writeString(
        paths.content().resolve("methods.md"),
        "# Methods\n\nSee [nowhere](missing.html) and [no anchor](index.html#nothing-here).\n");
    SiteInput input = inputWith(other, paths);
    assertThatThrownBy(() -> ReportSite.render(input, other.resolve("site")))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining("methods.html: <a href=\"missing.html\">: no such file missing.html")
        .hasMessageContaining(
            "methods.html: <a href=\"index.html#nothing-here\">: no element with id");
  }

  @Test
  void anUnknownPlaceholderFailsNamingFileAndLine(@TempDir Path other) throws IOException {
    SitePaths paths = copyOfContent(other);
    Files.writeString(
        paths.content().resolve("introduction.md"),
        "# Introduction\n\nfine\n\n{{ benchmark.nobody.x }}\n");
    SiteInput input = inputWith(other, paths);
    assertThatThrownBy(() -> ReportSite.render(input, other.resolve("site")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("introduction.md:5: unknown placeholder {{ benchmark.nobody.x }}");
  }

  @Test
  void aFailingCommentaryWaitsForTheFilesBeingWrittenBeforeItFails(@TempDir Path other)
      throws IOException {
    SitePaths paths = copyOfContent(other);
    Files.writeString(paths.content().resolve("introduction.md"), "# Introduction\n\n{{ x.y }}\n");
    SiteInput input = inputWith(other, paths);
    Path site = other.resolve("site");
    assertThatThrownBy(() -> ReportSite.render(input, site))
        .isInstanceOf(InvalidInputException.class);
    // The writer of assets and downloads has finished: nothing is written after the failure,
    // when the caller deletes the staging folder.
    assertThat(site.resolve("downloads/claims.json")).isRegularFile();
    assertThat(site.resolve("assets/site.css")).isRegularFile();
  }

  @Test
  void rawHtmlInMarkdownIsSanitised(@TempDir Path other) throws IOException {
    SitePaths paths = copyOfContent(other);
    Files.writeString(
        paths.content().resolve("introduction.md"),
        "# Introduction\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\" class=\"formula\">"
            + "κ = 1</p>\n\n<a href=\"javascript:alert(1)\">bad</a>\n");
    SiteInput input = inputWith(other, paths);
    ReportSite.render(input, other.resolve("site"));
    String html = Files.readString(other.resolve("site/introduction.html"));
    assertThat(html)
        .doesNotContain("alert(1)")
        .doesNotContain("onclick")
        .contains("class=\"formula\"");
  }

  private static SitePaths copyOfContent(Path other) throws IOException {
    Path content = other.resolve("content");
    try (Stream<Path> files = Files.walk(SiteFixture.PROJECT.resolve("content"))) {
      for (Path f : files.toList()) {
        Path target =
            content.resolve(SiteFixture.PROJECT.resolve("content").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return new SitePaths(
        content, SiteFixture.PROJECT.resolve("templates"), SiteFixture.PROJECT.resolve("assets"));
  }

  private static SiteInput inputWith(Path other, SitePaths paths) {
    Path raw = new SyntheticStudy(19).write(other.resolve("raw-data"));
    return SiteFixture.input(
        raw, other.resolve("site"), SiteFixture.stimuli(other.resolve("stimuli")), paths);
  }
}
