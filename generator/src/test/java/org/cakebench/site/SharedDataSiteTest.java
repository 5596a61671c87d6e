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
 * datasets, the three models with published decisions, the real stimuli and the figures stage's
 * figures.
 */
class SharedDataSiteTest {
  @TempDir static Path dir;
  static Path out;
  static SiteResult result;

  @BeforeAll
  static void build() {
    Path shared = SiteFixture.sharedData();
    Assumptions.assumeTrue(
        Files.isDirectory(shared.resolve("raw-data")),
        "needs the shared data mirror at " + shared + " (-Dcakebench.shared)");
    out = dir.resolve("site");
    result = ReportSite.render(SiteFixture.shared(out), out);
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
  void showsTheFiguresOfEachSectionWithTheirFiles() throws IOException {
    assertThat(page("ood-generalisation.html").select("figure.figure")).hasSize(12);
    assertThat(page("category-errors.html").select("figure.figure img").eachAttr("src"))
        .contains("figures/fig4-confusion-uniform-noise.svg");
    assertThat(page("image-errors.html").select("figure.figure")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(page("shape-bias.html").select("figure.figure")).hasSize(1);
    assertThat(page("dataset-uniform-noise.html").select("figure.figure img").eachAttr("src"))
        .contains("figures/fig1-uniform-noise.svg", "figures/fig4-confusion-uniform-noise.svg");
    for (String p : result.pages()) {
      for (var img : page(p).select("figure.figure img")) {
        assertThat(out.resolve(img.attr("src"))).as(p).isRegularFile();
        assertThat(img.attr("alt")).as(p).isNotBlank();
      }
    }
  }

  @Test
  void offersEveryModelDecisionFile() throws IOException {
    assertThat(page("downloads.html").select("a[href^=downloads/decisions/]")).hasSize(3 * 17);
  }
}
