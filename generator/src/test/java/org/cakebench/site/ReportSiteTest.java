package org.cakebench.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
  static SiteResult result;

  @BeforeAll
  static void build() {
    SiteInput input = SiteFixture.synthetic(dir, 19);
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
    assertThat(verdict(home, "simclr-texture")).isEqualTo("holds");
    assertThat(verdict(home, "inception-texture")).isEqualTo("no data yet");
    assertThat(verdict(home, "between-as-within")).isEqualTo("no data yet");
    assertThat(verdict(home, "resnet50-knife")).isEqualTo("holds");
    assertThat(verdict(home, "shape-below-humans")).isEqualTo("holds");
    assertThat(verdict(home, "trials")).isEqualTo("context");
    assertThat(verdict(home, "human-kappa")).isEqualTo("holds");
    assertThat(home.selectFirst(".verdict-summary").text())
        .startsWith("Of 14 claims checked,")
        .contains("1 figure of the paper for context only");
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
    assertThat(figure.selectFirst("img").attr("src"))
        .isEqualTo("figures/accuracy-uniform-noise.svg");
    assertThat(figure.selectFirst("img").attr("alt")).startsWith("Bar chart");
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
  void leaderboardIsSortableAndListsEveryObserver() throws IOException {
    Element table = page("leaderboard.html").selectFirst("table#leaderboard");
    assertThat(table.hasClass("sortable")).isTrue();
    assertThat(table.select("thead button.sort")).hasSize(9);
    assertThat(table.select("thead th").eachText()).element(1).isEqualTo("Rank");
    assertThat(table.select("tbody tr td:nth-of-type(1)").eachText())
        .containsExactly("reference", "1", "2");
    assertThat(table.select("tbody tr > th").eachText())
        .containsExactly("Humans", "SimCLR-x1", "ResNet-50");
    assertThat(table.select("tbody tr").get(0).select("td[data-sort]").get(0).attr("data-sort"))
        .isNotEmpty();
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
  void downloadsOfferDecisionsFigureNumbersAndAnalyses() throws IOException {
    Document downloads = page("downloads.html");
    assertThat(downloads.select("a[href$=.json]").eachAttr("href"))
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
