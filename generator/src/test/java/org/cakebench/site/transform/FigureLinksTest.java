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

class FigureLinksTest {
  private static final String PROLOGUE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
          + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
          + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
          + "<svg xmlns=\"http://www.w3.org/2000/svg\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

  @TempDir Path out;

  private List<String> check(String svgBody) throws IOException {
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/fig.svg"), PROLOGUE + svgBody + "</svg>");
    Files.writeString(out.resolve("model-a.html"), "<html></html>");
    Page page = new Page("index.html", "Home", "<object data=\"figures/fig.svg\"></object>");
    Document doc = Jsoup.parse(page.html());
    SiteIndex site =
        new SiteIndex(Map.of("index.html", Set.of(), "model-a.html", Set.of("top")), out);
    return new FigureLinks().check(doc, page, site);
  }

  @Test
  void linksToPagesThatOpenAtTheTopAreFine() throws IOException {
    assertThat(
            check(
                "<a href=\"../model-a.html\" xlink:href=\"../model-a.html\" target=\"_top\">"
                    + "<rect/></a><a xlink:href=\"../model-a.html#top\" target=\"_blank\"/>"))
        .isEmpty();
  }

  @Test
  void aLinkWithoutTargetWouldOpenInsideTheFigure() throws IOException {
    assertThat(check("<a href=\"../model-a.html\"><rect/></a>"))
        .containsExactly(
            "figures/fig.svg: link to ../model-a.html has no target=\"_top\"; it would open"
                + " inside the figure");
  }

  @Test
  void linksResolveFromTheSvgsOwnFolder() throws IOException {
    // model-a.html beside the SVG does not exist: the page is one folder up.
    List<String> problems = check("<a xlink:href=\"model-a.html\" target=\"_top\"/>");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("figures/fig.svg: link to model-a.html: ");
  }

  @Test
  void anchorsThatThePageLacksAreNamed() throws IOException {
    assertThat(check("<a href=\"../model-a.html#nowhere\" target=\"_top\"/>"))
        .singleElement()
        .asString()
        .startsWith("figures/fig.svg: link to ../model-a.html#nowhere: ");
  }

  @Test
  void aLinkRepeatedInEveryCellIsNamedOnce() throws IOException {
    String cell = "<a href=\"../model-b.html\" target=\"_top\"><rect/></a>";
    List<String> problems =
        check(cell.repeat(3) + "<a href=\"../model-a.html\"/>" + cell + "<a target=\"_top\"/>");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("figures/fig.svg: link to ../model-b.html: ");
    assertThat(problems.get(1)).contains("link to ../model-a.html has no target");
  }

  @Test
  void externalLinksNeedOnlyTheirTarget() throws IOException {
    assertThat(check("<a href=\"https://arxiv.org/abs/2010.08377\" target=\"_blank\"/>")).isEmpty();
  }

  @Test
  void eachSvgIsReadOncePerBuild() throws IOException {
    FigureLinks links = new FigureLinks();
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/fig.svg"), PROLOGUE + "<a href=\"x.html\"/></svg>");
    Page page = new Page("index.html", "Home", "<object data=\"figures/fig.svg\"></object>");
    SiteIndex site = new SiteIndex(Map.of("index.html", Set.of()), out);
    List<String> first = links.check(Jsoup.parse(page.html()), page, site);
    Files.writeString(out.resolve("figures/fig.svg"), PROLOGUE + "</svg>");
    assertThat(links.check(Jsoup.parse(page.html()), page, site)).isEqualTo(first).hasSize(2);
  }

  @Test
  void aFileCutOffInsideALinkTagIsNamed() throws IOException {
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/fig.svg"), PROLOGUE + "<a href=\"../model-a.html\"");
    Page page = new Page("index.html", "Home", "<object data=\"figures/fig.svg\"></object>");
    SiteIndex site = new SiteIndex(Map.of("index.html", Set.of()), out);
    assertThatThrownBy(() -> new FigureLinks().check(Jsoup.parse(page.html()), page, site))
        .hasMessageContaining("fig.svg: an <a> start tag is not closed");
  }

  @Test
  void otherElementsStartingWithAAreNotLinks() throws IOException {
    assertThat(
            check(
                "<animate href=\"nowhere.html\"/><a\nhref=\"../model-a.html\"\n"
                    + " target=\"_top\"/>"))
        .isEmpty();
  }

  @Test
  void entitiesInAttributeValuesAreDecoded() throws IOException {
    assertThat(check("<a href=\"../model-a.html\" target=\"&#95;top\"/>")).isEmpty();
  }
}
