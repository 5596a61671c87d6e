package org.cakebench.site.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.cakebench.site.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each check names every problem of a page, in the order a reader meets them. */
class PageChecksTest {
  private static final Page PAGE = new Page("page.html", "Page", "");
  private static final SiteIndex SITE = new SiteIndex(Map.of(), Path.of("."));

  private static Document page(String html) {
    return Jsoup.parse(html);
  }

  @Test
  void aWellFormedPageHasNoStructuralProblem() {
    Document doc =
        page(
            "<html lang=en><head><title>T</title></head><body><header><nav></nav></header><main>"
                + "<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2><table><caption>x</caption></table>"
                + "</main><footer></footer></body></html>");

    assertThat(new SemanticStructure().check(doc, PAGE, SITE)).isEmpty();
  }

  @Test
  void semanticStructureNamesEveryProblemInOrder() {
    Document doc =
        page(
            "<html><head></head><body><main><h1>A</h1><h3>Skip</h3><section><header>h</header>"
                + "<h1>Second</h1><h6>Deep</h6></section><table><tr><td>1</td></tr></table>"
                + "<table><caption>ok</caption></table><table></table></main><main></main>"
                + "</body></html>");

    assertThat(new SemanticStructure().check(doc, PAGE, SITE))
        .containsExactly(
            "<html> has no lang attribute",
            "no <title>",
            "needs exactly one <header> in <body>",
            "needs exactly one <main> in <body>",
            "needs exactly one <footer> in <body>",
            "no <nav>",
            "has 2 <h1> elements; needs exactly one",
            "heading 'Skip' skips from h1 to h3",
            "heading 'Deep' skips from h1 to h6",
            "a table has no <caption>",
            "a table has no <caption>");
  }

  @Test
  void noInlineCodeNamesScriptsThenStylesThenAttributes() {
    Document doc =
        page(
            "<html><head><script>x()</script><style>p{}</style><style></style>"
                + "<script src=a.js></script><script src=b.js>y()</script></head><body>"
                + "<p onclick=f() style=color:red>t</p><a href=' JavaScript:go()'>g</a>"
                + "<a href=javascript.html>fine</a><img src=x.png ONLOAD=z()></body></html>");

    assertThat(new NoInlineCode().check(doc, PAGE, SITE))
        .containsExactly(
            "inline <script>; put scripts in assets/*.js",
            "inline <script>; put scripts in assets/*.js",
            "inline <style>; put styles in assets/site.css",
            "event handler onclick on <p>",
            "style attribute on <p>",
            "javascript: URL on <a>",
            "event handler onload on <img>");
  }
}
