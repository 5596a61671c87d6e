package org.cakebench.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the published data (the shared mirror, {@code -Dcakebench.shared}): all 17
 * datasets, the three models with published decisions, the real stimuli; figures are drawn by the
 * fixture until the figures stage lands.
 */
class SharedDataSiteTest {
  @TempDir static Path dir;
  static Path out;
  static SiteResult result;

  @BeforeAll
  static void build() {
    Path shared = Path.of(System.getProperty("cakebench.shared", "../shared")).resolve("data");
    Assumptions.assumeTrue(
        Files.isDirectory(shared.resolve("raw-data")),
        "needs the shared data mirror at " + shared + " (-Dcakebench.shared)");
    out = dir.resolve("site");
    SiteInput input =
        SiteFixture.input(
            shared.resolve("raw-data"),
            out,
            shared.resolve("stimuli"),
            SitePaths.under(SiteFixture.PROJECT));
    result = ReportSite.render(input, out);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void hasAPageForEveryDatasetAndEveryModelWithDecisions() {
    assertThat(result.pages())
        .contains(
            "dataset-uniform-noise.html",
            "dataset-eidoloniii.html",
            "dataset-sketch.html",
            "dataset-stylized.html",
            "model-resnet50.html",
            "model-simclr_resnet50x1.html",
            "model-bagnet33.html");
    assertThat(result.pages().stream().filter(p -> p.startsWith("dataset-"))).hasSize(17);
  }

  @Test
  void claimsReadTheValuesOfThePublishedData() throws IOException {
    Document home = page("index.html");
    assertThat(home.selectFirst("#claim-simclr-texture").text())
        .contains("SimCLR-x1 61.2%")
        .contains("holds");
    assertThat(home.selectFirst("#claim-resnet50-knife").text())
        .contains("knife")
        .contains("holds");
    assertThat(home.selectFirst("#claim-trials").text()).contains("75,520").contains("differs");
    assertThat(home.selectFirst("#claim-inception-texture .verdict").text())
        .isEqualTo("no data yet");
    assertThat(home.select("main .prose").text())
        .contains("2 have published decisions: ResNet-50 and SimCLR-x1")
        .contains("Further models with decisions: BagNet-33");
  }

  @Test
  void exampleStimuliOfTheThreeDatasetsWithImages() throws IOException {
    for (String d : new String[] {"cue-conflict", "edge", "silhouette"}) {
      Document page = page("dataset-" + d + ".html");
      assertThat(page.select("ul.examples img")).as(d).hasSize(4);
    }
    assertThat(page("dataset-contrast.html").select("ul.examples")).isEmpty();
    assertThat(page("dataset-contrast.html").select("main .note").text())
        .contains("published only as release archives");
  }

  @Test
  void offersEveryModelDecisionFile() throws IOException {
    assertThat(page("downloads.html").select("a[href^=downloads/decisions/]")).hasSize(3 * 17);
  }
}
