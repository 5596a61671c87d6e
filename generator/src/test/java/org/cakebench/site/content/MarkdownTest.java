package org.cakebench.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownTest {
  private final Markdown markdown = new Markdown();

  @Test
  void rendersTablesWithTheDataClass() {
    Document doc = Jsoup.parse(markdown.toHtml("| a | b |\n| --- | ---: |\n| 1 | 2 |\n"));
    assertThat(doc.select("table.data td")).hasSize(2);
  }

  @Test
  void rendersFootnotesWithWorkingAnchors() {
    Document doc = Jsoup.parse(markdown.toHtml("Claim.[^1]\n\n[^1]: Source.\n"));
    String href = doc.selectFirst("sup a").attr("href");
    assertThat(href).startsWith("#");
    assertThat(doc.getElementById(href.substring(1))).isNotNull();
  }

  @Test
  void givesHeadingsIds() {
    Document doc = Jsoup.parse(markdown.toHtml("## Error consistency\n"));
    assertThat(doc.selectFirst("h2").id()).isEqualTo("error-consistency");
  }

  @Test
  void keepsRelativeLinksAndHarmlessMarkup() {
    String html =
        markdown.toHtml(
            "[m](methods.html#x) <var>p<sub>1</sub></var>\n\n<p class=\"formula\">κ</p>\n");
    assertThat(html)
        .contains("href=\"methods.html#x\"")
        .contains("<var>p<sub>1</sub></var>")
        .contains("class=\"formula\"");
  }

  @Test
  void removesScriptsStylesAndEventHandlers() {
    String html =
        markdown.toHtml(
            "<script>x()</script>\n\n<div onclick=\"x()\" style=\"color:red\">t</div>\n\n"
                + "<a href=\"javascript:x()\">l</a> <iframe src=\"https://e.com\"></iframe>\n");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("onclick")
        .doesNotContain("style=")
        .doesNotContain("javascript:")
        .doesNotContain("iframe");
  }

  @Test
  void aFootnotesBackLinkEndsItsTextInsteadOfStandingAlone() {
    String html = markdown.toHtml("Text[^n].\n\n[^n]: The note.\n");
    org.jsoup.nodes.Element note = org.jsoup.Jsoup.parse(html).selectFirst(".footnotes li");
    assertThat(note.selectFirst("p > a.footnote-backref")).isNotNull();
    assertThat(note.selectFirst("p").text()).isEqualTo("The note. ↩");
    assertThat(note.select("> a")).isEmpty();
    assertThat(note.selectFirst("a.footnote-backref").attr("aria-label"))
        .isEqualTo("Back to the text");
  }
}
