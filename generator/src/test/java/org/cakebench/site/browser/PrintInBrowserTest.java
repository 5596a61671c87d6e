package org.cakebench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Printing in Chromium: every page, laid out for print at the width an A4 sheet leaves between its
 * margins, shows content only and cuts nothing at the right edge; the whole report prints as one
 * PDF with each page of the site starting a new sheet.
 */
@Tag("browser")
@Needs(Requirement.CHROMIUM)
class PrintInBrowserTest {
  /** 210 mm less 2 × 15 mm of margin, in CSS pixels (96 per inch). */
  static final int A4_TEXT_WIDTH = 680;

  BrowserSite s;

  @BeforeEach
  void open() throws IOException {
    s = BrowserSite.get();
  }

  @AfterEach
  void screen() {
    s.browser.media("");
    s.browser.width(1280);
  }

  @Test
  void everyPagePrintsContentOnlyWithinTheWidthOfAnA4Sheet() {
    s.browser.width(A4_TEXT_WIDTH);
    for (String page : s.site.pages()) {
      s.browser.open(s.url(page));
      s.browser.media("print");
      @SuppressWarnings("unchecked")
      List<String> problems =
          (List<String>)
              s.browser.js(
                  "const W = document.documentElement.clientWidth, out = [];"
                      + "if (document.documentElement.scrollWidth > W + 1)"
                      + "  out.push('page is ' + document.documentElement.scrollWidth + ' px wide');"
                      + "for (const e of document.querySelectorAll('main table, main figure, main pre')) {"
                      + "  const r = e.getBoundingClientRect();"
                      + "  if (r.right > W + 1) out.push(e.tagName + '#' + e.id + ' ends at ' + Math.round(r.right));"
                      + "}"
                      + "for (const e of document.querySelectorAll('.table-wrap')) {"
                      + "  if (getComputedStyle(e).overflowX !== 'visible') out.push('a table scrolls in print');"
                      + "}"
                      + "for (const sel of ['.site-nav', '.skip-link', 'button.sort::after']) {"
                      + "  const e = document.querySelector(sel.split('::')[0]);"
                      + "  if (e && !sel.includes('::') && getComputedStyle(e).display !== 'none')"
                      + "    out.push(sel + ' is printed');"
                      + "}"
                      + "return out;");
      assertThat(problems).as(page).isEmpty();
      s.browser.media("");
    }
  }

  @Test
  void theWholeReportPrintsAsOnePdfEachPageOfTheSiteOnANewSheet() {
    s.browser.open(s.url("report-print.html"));
    long sections =
        ((Number) s.browser.js("return document.querySelectorAll('section.print-page').length;"))
            .longValue();
    assertThat(sections).isEqualTo(s.site.pages().size() - 1);
    s.browser.media("print");
    assertThat(
            s.browser.js(
                "return getComputedStyle(document.querySelector('section.print-page')).breakBefore;"))
        .isEqualTo("page");
    s.browser.media("");
    Map<String, Object> pdf =
        s.browser.driver.executeCdpCommand(
            "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    String bytes =
        new String(
            Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
    assertThat(bytes).startsWith("%PDF-");
    Matcher page = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(bytes);
    int sheets = 0;
    while (page.find()) {
      sheets++;
    }
    // At least one sheet per page of the site, plus the contents.
    assertThat(sheets).isGreaterThan((int) sections);
  }
}
