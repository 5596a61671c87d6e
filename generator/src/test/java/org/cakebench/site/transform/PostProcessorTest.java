package org.cakebench.site.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cakebench.site.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostProcessorTest {
  @TempDir Path out;

  static Page page(String path, String main) {
    return new Page(
        path,
        "T",
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head>"
            + "<body><header><nav><a href=\"index.html\">Home</a></nav></header><main><h1>T</h1>"
            + main
            + "</main><footer>f</footer></body></html>");
  }

  private List<Page> run(Page... pages) {
    return PostProcessor.standard().process(List.of(pages), out).pages();
  }

  @Test
  void givesHeadingsUniqueIdsAndSelfLinks() {
    Document doc =
        Jsoup.parse(
            run(page("index.html", "<h2>Results</h2><h2>Results</h2><h3 id=\"x\">X</h3>"))
                .get(0)
                .html());
    assertThat(doc.select("main h2").eachAttr("id")).containsExactly("results", "results-2");
    assertThat(doc.selectFirst("#x a.anchor").attr("href")).isEqualTo("#x");
  }

  @Test
  void fillsTheTableOfContentsOnlyWhenThePageHasEnoughSections() {
    String three = "<nav class=\"toc\"></nav><h2>A</h2><h3>A1</h3><h2>B</h2><h2>C</h2>";
    Document doc = Jsoup.parse(run(page("index.html", three)).get(0).html());
    assertThat(doc.select("nav.toc > ol > li > a").eachAttr("href"))
        .containsExactly("#a", "#b", "#c");
    assertThat(doc.select("nav.toc ol ol a").eachAttr("href")).containsExactly("#a1");
    Document two =
        Jsoup.parse(run(page("index.html", "<nav class=\"toc\"></nav><h2>A</h2>")).get(0).html());
    assertThat(two.select("nav.toc")).isEmpty();
  }

  @Test
  void theTableOfContentsNamesHeadingsByTheirWholeTextWithoutTheirSelfLinks() {
    String main =
        "<nav class=\"toc\"></nav><h2>A <em>b</em> c</h2><h3><a href=\"index.html\">Linked</a></h3>"
            + "<h2>D</h2><h2>E</h2>";
    Document doc = Jsoup.parse(run(page("index.html", main)).get(0).html());

    assertThat(doc.select("nav.toc a").eachText()).containsExactly("A b c", "Linked", "D", "E");
  }

  @Test
  void marksExternalLinks() {
    Document doc =
        Jsoup.parse(run(page("index.html", "<a href=\"https://example.org\">e</a>")).get(0).html());
    assertThat(doc.selectFirst("a.external").attr("rel")).isEqualTo("noopener noreferrer external");
    assertThat(doc.selectFirst("a.external .visually-hidden").text()).isEqualTo("(external link)");
  }

  @Test
  void addsTheContentSecurityPolicyAfterTheCharset() {
    Document doc = Jsoup.parse(run(page("index.html", "")).get(0).html());
    assertThat(doc.head().child(1).attr("http-equiv")).isEqualTo("Content-Security-Policy");
    assertThat(doc.head().child(1).attr("content")).contains("script-src 'self'");
  }

  @Test
  void acceptsLinksToPagesAnchorsAndFilesThatExist() throws IOException {
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/a.png"), "x");
    List<Page> pages =
        run(
            page(
                "index.html",
                "<h2 id=\"top\">T</h2><a href=\"other.html#here\">o</a>"
                    + "<img src=\"figures/a.png\" alt=\"A chart\"><a href=\"#top\">t</a>"),
            page("other.html", "<p id=\"here\">x</p><a href=\"./index.html\">i</a>"));
    assertThat(pages).hasSize(2);
  }

  @Test
  void countsTheInternalLinksImagesAndObjectsItChecksButNotExternalOrMailLinks()
      throws IOException {
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/a.png"), "x");
    Files.writeString(out.resolve("figures/f.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    PostProcessor.Result result =
        PostProcessor.standard()
            .process(
                List.of(
                    page(
                        "index.html",
                        "<h2 id=\"top\">T</h2><a href=\"#top\">t</a>"
                            + "<img src=\"figures/a.png\" alt=\"A chart\">"
                            + "<object data=\"figures/f.svg\" aria-label=\"F\"></object>"
                            + "<a href=\"https://example.org\">e</a>"
                            + "<a href=\"mailto:a@example.org\">m</a>")),
                out);
    // The header's link home, the heading's self-link, the anchor, the image and the figure.
    assertThat(result.linksChecked()).isEqualTo(5);
  }

  @Test
  void failsNamingThePageForEachLinkThatDoesNotResolve() {
    Page bad =
        page(
            "index.html",
            "<a href=\"missing.html\">m</a><a href=\"#nope\">n</a><a href=\"/abs.html\">a</a>"
                + "<a href=\"../up.html\">u</a><img src=\"figures/none.png\" alt=\"x\">");
    assertThatThrownBy(() -> run(bad))
        .isInstanceOf(SiteCheckException.class)
        .satisfies(
            e ->
                assertThat(((SiteCheckException) e).problems())
                    .containsExactly(
                        "index.html: <a href=\"missing.html\">: no such file missing.html",
                        "index.html: <a href=\"#nope\">: no element with id 'nope' on index.html",
                        "index.html: <a href=\"/abs.html\">: root-relative link; use a relative"
                            + " link so the site works from a sub-path",
                        "index.html: <a href=\"../up.html\">: leaves the site folder",
                        "index.html: <img src=\"figures/none.png\">: no such file figures/none.png"));
  }

  @Test
  void aLinkToAFileAnotherStepIsStillWritingPassesAndOnlyThatFile() {
    Page page =
        page(
            "index.html",
            "<a href=\"downloads/report.zip\">z</a><a href=\"downloads/other.zip\">o</a>");
    assertThatThrownBy(
            () ->
                PostProcessor.standard()
                    .process(List.of(page), out, Map.of(), Set.of("downloads/report.zip")))
        .isInstanceOf(SiteCheckException.class)
        .satisfies(
            e ->
                assertThat(((SiteCheckException) e).problems())
                    .containsExactly(
                        "index.html: <a href=\"downloads/other.zip\">: no such file"
                            + " downloads/other.zip"));
  }

  @Test
  void requiresAltTextOnEveryImage() throws IOException {
    Files.writeString(out.resolve("a.png"), "x");
    assertThatThrownBy(
            () -> run(page("index.html", "<img src=\"a.png\"><img src=\"a.png\" alt=\" \">")))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining("index.html: image a.png has no alt text");
  }

  @Test
  void rejectsInlineScriptsStylesAndHandlers() {
    assertThatThrownBy(
            () ->
                run(
                    page(
                        "index.html",
                        "<script>x()</script><p style=\"color:red\" onclick=\"x()\">p</p>")))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining("inline <script>")
        .hasMessageContaining("style attribute on <p>")
        .hasMessageContaining("event handler onclick on <p>");
  }

  @Test
  void rejectsPagesWithoutOneH1OrWithSkippedHeadingLevels() {
    assertThatThrownBy(() -> run(page("index.html", "<h1>Second</h1><h3>Deep</h3><table></table>")))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining("has 2 <h1> elements")
        .hasMessageContaining("heading 'Deep#' skips from h1 to h3")
        .hasMessageContaining("a table has no <caption>");
  }

  @Test
  void linksInsideAnEmbeddedFigureMustResolveFromItsFolderAndTargetTheTopPage() throws IOException {
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(
        out.resolve("figures/f.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
            + "<a href=\"../model-a.html\" target=\"_top\"><rect width=\"1\" height=\"1\"/></a>"
            + "<a href=\"model-a.html\" target=\"_top\"><rect width=\"1\" height=\"1\"/></a>"
            + "<a xlink:href=\"../model-a.html\"><rect width=\"1\" height=\"1\"/></a></svg>");
    Page figure =
        page("index.html", "<object type=\"image/svg+xml\" data=\"figures/f.svg\"></object>");
    assertThatThrownBy(() -> run(figure, page("model-a.html", "")))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining(
            "index.html: figures/f.svg: link to model-a.html: no such file figures/model-a.html")
        .hasMessageContaining("figures/f.svg: link to ../model-a.html has no target=\"_top\"")
        .satisfies(e -> assertThat(((SiteCheckException) e).problems()).hasSize(2));
  }

  @Test
  void anEmbeddedFigureMustExist() {
    Page figure =
        page("index.html", "<object type=\"image/svg+xml\" data=\"figures/none.svg\"></object>");
    assertThatThrownBy(() -> run(figure))
        .isInstanceOf(SiteCheckException.class)
        .hasMessageContaining("<object data=\"figures/none.svg\">: no such file figures/none.svg");
  }
}
