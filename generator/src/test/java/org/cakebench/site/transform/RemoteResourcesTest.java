package org.cakebench.site.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.site.content.Markdown;
import org.cakebench.site.pages.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page may link to other sites but load nothing from them: the CSP would block it. */
class RemoteResourcesTest {
  @TempDir Path out;

  private void process(Page... pages) {
    PostProcessor.standard().process(List.of(pages), out);
  }

  private static Page fromMarkdown(String path, String markdown) {
    return PostProcessorTest.page(path, new Markdown().toHtml(markdown));
  }

  @Test
  void aRemoteImageInTheMarkdownFailsTheBuildNamingThePageAndTheUrl() {
    Page page =
        fromMarkdown(
            "index.html",
            """
            A chart: ![A chart](https://example.org/chart.png)

            <img src="https://example.org/raw.png" alt="Raw HTML">
            """);
    assertThatThrownBy(() -> process(page))
        .isInstanceOf(SiteCheckException.class)
        .satisfies(
            e ->
                assertThat(((SiteCheckException) e).problems())
                    .containsExactly(
                        "index.html: <img src=\"https://example.org/chart.png\">: loads"
                            + " https://example.org/chart.png from another site, which the"
                            + " Content-Security-Policy blocks; keep the file in the site (e.g."
                            + " assets/) and link it relatively",
                        "index.html: <img src=\"https://example.org/raw.png\">: loads"
                            + " https://example.org/raw.png from another site, which the"
                            + " Content-Security-Policy blocks; keep the file in the site (e.g."
                            + " assets/) and link it relatively"));
  }

  @Test
  void everyKindOfRemoteLoadIsFound() {
    Page page =
        PostProcessorTest.page(
            "index.html",
            "<picture><source srcset=\"figures/a.png 1x, //cdn.example.org/a.png 2x\">"
                + "<img src=\"#\" alt=\"A\"></picture>"
                + "<link rel=\"stylesheet\" href=\"https://cdn.example.org/x.css\">"
                + "<video poster=\"http://example.org/p.png\"></video>");
    assertThatThrownBy(() -> process(page))
        .isInstanceOf(SiteCheckException.class)
        .satisfies(
            e ->
                assertThat(((SiteCheckException) e).problems())
                    .filteredOn(p -> p.contains("from another site"))
                    .hasSize(3)
                    .anySatisfy(p -> assertThat(p).contains("loads //cdn.example.org/a.png"))
                    .anySatisfy(p -> assertThat(p).contains("loads https://cdn.example.org/x.css"))
                    .anySatisfy(p -> assertThat(p).contains("loads http://example.org/p.png")));
  }

  @Test
  void linksToOtherSitesAreFine() {
    process(
        fromMarkdown("index.html", "The [paper](https://arxiv.org/abs/2010.08377) and its data."),
        PostProcessorTest.page(
            "other.html", "<link rel=\"canonical\" href=\"https://example.org/other.html\">"));
  }
}
