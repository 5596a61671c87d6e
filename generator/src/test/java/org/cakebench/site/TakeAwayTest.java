package org.cakebench.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cakebench.report.BuildInfo;
import org.cakebench.site.output.ReportArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader takes away, on the synthetic study's site: every table as CSV, the claims as CSV,
 * the provenance companion of every download, one byte-reproducible archive of every figure, table
 * and number, and the whole report as one long page to print.
 */
class TakeAwayTest {
  static final String ZIP = "downloads/cakebench-report.zip";
  @TempDir static Path dir;
  static Path out;
  static SiteResult result;

  @BeforeAll
  static void build() {
    out = dir.resolve("site");
    result = ReportSite.render(SiteFixture.synthetic(dir, 19), out);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    return CSVFormat.DEFAULT.parse(Files.newBufferedReader(file)).getRecords();
  }

  @Test
  void everyTableOfThePagesIsACsvFileListedOnTheDownloadsPage() throws IOException {
    Document downloads = page("downloads.html");
    List<String> listed = downloads.select("#tables-title ~ details a").eachAttr("href");
    int tables = 0;
    for (String p : result.pages()) {
      if (p.equals("report-print.html")) {
        continue;
      }
      for (Element t : page(p).select("main table.data:not(.claims)")) {
        String csv = "tables/" + p.replace(".html", "") + "/" + t.id() + ".csv";
        assertThat(listed).as(p).contains(csv);
        assertThat(out.resolve(csv)).as(p).isRegularFile();
        tables++;
      }
    }
    assertThat(listed).hasSize(tables);
  }

  @Test
  void aTableCsvGivesNumbersInFullPrecisionAndTheEndsOfTheirIntervals() throws IOException {
    List<CSVRecord> rows = csv(out.resolve("tables/leaderboard/leaderboard-ood.csv"));
    assertThat(rows.get(0).toList())
        .startsWith(
            "Observer",
            "Rank",
            "OOD accuracy ↑, all 7",
            "OOD accuracy ↑, all 7, 95% interval low",
            "OOD accuracy ↑, all 7, 95% interval high");
    assertThat(rows.get(1).get(0)).isEqualTo("Humans");
    assertThat(rows.get(1).get(1)).isEqualTo("reference");
    // A model's accuracy varies over images: its interval has a width.
    CSVRecord first = rows.get(2);
    assertThat(first.get(1)).isEqualTo("1");
    double value = Double.parseDouble(first.get(2));
    assertThat(Double.parseDouble(first.get(3))).isLessThan(value);
    assertThat(Double.parseDouble(first.get(4))).isGreaterThan(value);
    // The page shows the same value, rounded.
    String shown =
        page("leaderboard.html")
            .select("#leaderboard-ood tbody tr")
            .get(1)
            .select("td")
            .get(1)
            .selectFirst(".value")
            .ownText();
    assertThat(shown).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * value));
  }

  @Test
  void theClaimsTableIsOfferedAsCsv() throws IOException {
    List<CSVRecord> rows = csv(out.resolve("downloads/claims.csv"));
    assertThat(rows.get(0).toList())
        .containsExactly(
            "id",
            "section",
            "where",
            "statement",
            "paper",
            "reproduced",
            "verdict",
            "rule",
            "observers used",
            "models with decisions",
            "models spoken of");
    CSVRecord simclr =
        rows.stream().filter(r -> r.get(0).equals("simclr-texture")).findFirst().orElseThrow();
    assertThat(simclr.get(5)).contains("SimCLR-x1 59.4%");
    // The verdict as the claims table on the home page gives it.
    assertThat(simclr.get(6))
        .isEqualTo(page("index.html").selectFirst("#claim-simclr-texture .verdict").text());
    assertThat(page("downloads.html").select("a[href=downloads/claims.csv]")).isNotEmpty();
  }

  @Test
  void theProvenanceCompanionGivesSizeAndSha256OfEveryDownload() throws Exception {
    JsonNode root = new ObjectMapper().readTree(out.resolve("downloads/provenance.json").toFile());
    assertThat(root.get("provenance").get("data_manifest_sha256").asText())
        .isEqualTo(SiteFixture.build().manifestSha256());
    List<String> paths = new ArrayList<>();
    for (JsonNode f : root.get("files")) {
      String path = f.get("path").asText();
      paths.add(path);
      byte[] bytes = Files.readAllBytes(out.resolve(path));
      assertThat(f.get("bytes").asLong()).as(path).isEqualTo(bytes.length);
      assertThat(f.get("sha256").asText())
          .as(path)
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
    assertThat(paths)
        .isSorted()
        .contains(
            "downloads/claims.csv",
            "downloads/decisions/cue-conflict/cue-conflict_resnet50_session-1.csv",
            "figures/shape-bias.csv",
            "tables/leaderboard/leaderboard.csv");
    // The synthetic decisions share a name with a published file but not its bytes: no upstream.
    JsonNode decision =
        root.get("files")
            .get(
                paths.indexOf(
                    "downloads/decisions/cue-conflict/cue-conflict_resnet50_session-1.csv"));
    assertThat(decision.has("upstream")).isFalse();
    assertThat(decision.get("note").asText()).startsWith("differs from the file of the same name");
  }

  @Test
  void theFilesTheArchiveStepPromisesThePageChecksAreTheFilesItWrites() throws IOException {
    // The checks run while the archive is written and count these files as there; the downloads
    // page lists the tables from the same pages the promise is made from.
    List<String> listed =
        page("downloads.html").select("#tables-title ~ details a").eachAttr("href").stream()
            .map(href -> href.substring(ReportArchive.TABLES.length() + 1))
            .toList();
    List<String> onDisk;
    try (Stream<Path> files = Files.walk(out.resolve(ReportArchive.TABLES))) {
      onDisk = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).toList();
    }

    List<String> promised = ReportArchive.paths(listed);

    assertThat(listed).isNotEmpty();
    assertThat(promised)
        .containsAll(onDisk)
        .contains(ReportArchive.ZIP, ReportArchive.PROVENANCE, ReportArchive.CLAIMS_CSV)
        .allSatisfy(p -> assertThat(out.resolve(p)).isRegularFile())
        .hasSize(onDisk.size() + 3);
  }

  @Test
  void theArchiveHoldsEveryFigureTableAndNumberInNameOrderAtOneFixedTime() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(out.resolve(ZIP).toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        if (!e.getName().equals("cakebench-report/README.txt")) {
          String site = e.getName().substring("cakebench-report/".length());
          assertThat(zip.getInputStream(e).readAllBytes())
              .as(site)
              .isEqualTo(Files.readAllBytes(out.resolve(site)));
        }
      }
      assertThat(
              new String(
                  zip.getInputStream(zip.getEntry("cakebench-report/README.txt")).readAllBytes()))
          .contains("Data manifest SHA-256: " + SiteFixture.build().manifestSha256());
    }
    assertThat(names.subList(1, names.size())).isSorted();
    assertThat(names)
        .allSatisfy(n -> assertThat(n).startsWith("cakebench-report/"))
        .contains(
            "cakebench-report/README.txt",
            "cakebench-report/downloads/analyses.json",
            "cakebench-report/downloads/benchmark.json",
            "cakebench-report/downloads/claims.csv",
            "cakebench-report/downloads/claims.json",
            "cakebench-report/downloads/confusions.json",
            "cakebench-report/downloads/observers.yaml",
            "cakebench-report/downloads/provenance.json",
            "cakebench-report/figures/shape-bias.svg",
            "cakebench-report/figures/shape-bias.png",
            "cakebench-report/figures/shape-bias.csv",
            "cakebench-report/tables/leaderboard/leaderboard.csv",
            "cakebench-report/tables/image-errors/table-kappa-edge.csv");
    for (String t : page("downloads.html").select("#tables-title ~ details a").eachAttr("href")) {
      assertThat(names).contains("cakebench-report/" + t);
    }
    assertThat(names).noneMatch(n -> n.contains("/decisions/"));
  }

  @Test
  void twoBuildsFromTheSameDataGiveTheSameArchiveAndLongPageByteForByte(@TempDir Path other)
      throws IOException {
    Path again = other.resolve("site");
    ReportSite.render(SiteFixture.synthetic(other, 19), again);
    for (String file :
        List.of(
            ZIP,
            "downloads/provenance.json",
            "report-print.html",
            "tables/leaderboard/leaderboard.csv")) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(out.resolve(file)));
    }
  }

  @Test
  void theWholeReportIsOneLongPageWhoseLinksLandWithinIt() throws IOException {
    Document print = page("report-print.html");
    assertThat(print.select("h1")).hasSize(1);
    List<String> pages =
        result.pages().stream().filter(p -> !p.equals("report-print.html")).toList();
    // Each page is a section under its own title, in navigation order, listed in the contents.
    assertThat(print.select("section.print-page").eachAttr("id"))
        .containsExactlyElementsOf(pages.stream().map(p -> p.replace(".html", "")).toList());
    assertThat(print.select("nav.print-contents a")).hasSize(pages.size());
    assertThat(print.selectFirst("section#methods > h2").text()).startsWith("Methods");
    // Links between pages now land on the long page: methods.html#error-consistency becomes
    // #methods--error-consistency, an element of the long page.
    Element toMethods =
        print.selectFirst("section#image-errors a[href=#methods--error-consistency]");
    assertThat(toMethods).isNotNull();
    assertThat(print.getElementById("methods--error-consistency")).isNotNull();
    for (Element a : print.select("main a[href]")) {
      String href = a.attr("href");
      assertThat(pages).as(href).noneMatch(p -> href.startsWith(p));
    }
    // The figures, the tables and the footer's provenance come along.
    assertThat(print.select("main figure.figure object")).isNotEmpty();
    assertThat(print.select("main table#leaderboard--leaderboard")).hasSize(1);
    assertThat(print.selectFirst("footer").text()).contains(SiteFixture.build().manifestSha256());
    assertThat(page("index.html").select("footer a[href=report-print.html]")).hasSize(1);
  }

  @Test
  void everyFooterNamesTheToolTheDateThePinnedDataCommitsAndTheManifestHash() throws IOException {
    BuildInfo build = SiteFixture.build();
    assertThat(build.sources())
        .extracting(BuildInfo.Source::repository)
        .containsExactly("bethgelab/model-vs-human", "rgeirhos/texture-vs-shape");
    for (String p : result.pages()) {
      Element footer = page(p).selectFirst("footer.site-footer");
      assertThat(footer.text())
          .as(p)
          .contains("Built by cakebench test on 2025-01-02")
          .contains("manifest SHA-256 " + build.manifestSha256())
          .contains("arXiv:2010.08377");
      for (BuildInfo.Source s : build.sources()) {
        for (BuildInfo.Commit c : s.commits()) {
          assertThat(footer.select("a[href=" + c.url() + "]")).as(p + " " + c.sha()).hasSize(1);
        }
      }
      assertThat(footer.select("a[href=https://arxiv.org/abs/2010.08377]")).as(p).hasSize(1);
      assertThat(footer.select("a[href=references.html]")).as(p).hasSize(1);
    }
  }

  @Test
  void everyJsonDownloadStartsWithItsProvenance() throws IOException {
    BuildInfo build = SiteFixture.build();
    for (String name : List.of("benchmark", "analyses", "confusions", "claims")) {
      JsonNode root =
          new ObjectMapper().readTree(out.resolve("downloads/" + name + ".json").toFile());
      assertThat(root.fieldNames().next()).as(name).isEqualTo("provenance");
      JsonNode provenance = root.get("provenance");
      assertThat(provenance.get("generator").asText()).isEqualTo("cakebench test");
      assertThat(provenance.get("built").asText()).isEqualTo("2025-01-02");
      assertThat(provenance.get("paper_url").asText())
          .isEqualTo("https://arxiv.org/abs/2010.08377");
      assertThat(provenance.get("data_manifest_sha256").asText()).isEqualTo(build.manifestSha256());
      assertThat(provenance.get("data_sources").findValuesAsText("repository"))
          .containsExactly(
              "https://github.com/bethgelab/model-vs-human",
              "https://github.com/rgeirhos/texture-vs-shape");
      assertThat(provenance.get("data_sources").get(1).get("commits").get(0).asText())
          .isEqualTo("ccd0c01d42c0a8a834e90ec141e7f24fa915dc23");
    }
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve("downloads/benchmark.json").toFile())
                .has("observers"))
        .isTrue();
  }

  @Test
  void theReferencesPageLinksThePaperAndGivesBibTeXForThePaperTheDataAndThisBuild()
      throws IOException {
    Document refs = page("references.html");
    assertThat(refs.select("main a[href=https://arxiv.org/abs/2010.08377]")).isNotEmpty();
    assertThat(refs.select("main ol li")).hasSizeGreaterThanOrEqualTo(5);
    String bibtex = refs.select("main pre").text();
    assertThat(bibtex)
        .contains("@inproceedings{geirhos2020surprising,")
        .contains("eprint        = {2010.08377}")
        .contains("@inproceedings{geirhos2021partial,")
        .contains("@inproceedings{geirhos2019imagenettrained,");
    String build = refs.selectFirst("pre.bibtex").text();
    assertThat(build)
        .contains("cakebench test, built 2025-01-02")
        .contains("rgeirhos/texture-vs-shape at commit ccd0c01d42c0a8a834e90ec141e7f24fa915dc23")
        .contains("data manifest SHA-256 " + SiteFixture.build().manifestSha256());
  }
}
