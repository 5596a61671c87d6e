package org.cakebench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page at 390 px, a phone's width, in headless Chromium: no sideways scrolling of the page;
 * every table fits, or scrolls inside a labelled region that says so and keeps its row headings in
 * view; no row taller than its content needs; no gap under a caption (phone-tables.js).
 */
@Tag("browser")
@Needs(Requirement.CHROMIUM)
class PhoneLayoutTest {
  static final int PHONE = 390;
  BrowserSite s;

  @BeforeEach
  void phone() throws IOException {
    s = BrowserSite.get();
    s.browser.width(PHONE);
  }

  @AfterEach
  void desktop() {
    s.browser.width(1280);
  }

  @SuppressWarnings("unchecked")
  private List<String> tableProblems() {
    return (List<String>) s.browser.js(Browser.resource("phone-tables.js"));
  }

  @Test
  void everyPageKeepsTheTableRulesAtPhoneWidth() {
    for (String page : s.site.pages()) {
      s.browser.open(s.url(page));
      assertThat(tableProblems()).as(page).isEmpty();
    }
  }

  @Test
  void listsBecomeCardsAndMatricesScrollUnderAHint() {
    s.browser.open(s.url("datasets.html"));
    // A list of records: each row a card, each value after its column's label.
    assertThat(
            s.browser.js(
                "return getComputedStyle(document.querySelector('#table-datasets tbody tr')).display;"))
        .isEqualTo("block");
    assertThat(
            s.browser.js(
                "return getComputedStyle(document.querySelector('#table-datasets tbody td'),"
                    + " '::before').content;"))
        .isEqualTo("\"Source\"");
    s.browser.open(s.url("ood-generalisation.html"));
    // A matrix of observers: scrolls, says so, keeps the distortion names in view.
    assertThat(
            s.browser.js(
                "return getComputedStyle(document.querySelector('#table-ood-accuracy tbody th')).position;"))
        .isEqualTo("sticky");
    assertThat(
            s.browser.js(
                "var h = document.getElementById('table-ood-accuracy-hint');"
                    + " return h.offsetParent !== null && h.textContent;"))
        .asString()
        .contains("scroll sideways");
  }

  @Test
  void aCardKeepsEachIntervalBesideItsValue() {
    s.browser.open(s.url("leaderboard.html"));
    // Cards are grids once the phone's width applies; on a busy machine that may come late.
    s.browser.waitFor(
        "getComputedStyle(document.querySelector('#leaderboard-ood tbody td')).display === 'grid'");
    // The interval starts right of the label column, on the value's line, not under the label.
    Object placed =
        s.browser.js(
            "var ci = document.querySelector('#leaderboard-ood tbody td .ci');"
                + " var td = ci.closest('td');"
                + " var label = parseFloat(getComputedStyle(td).gridTemplateColumns);"
                + " var left = ci.getBoundingClientRect().left - td.getBoundingClientRect().left;"
                + " return left > label;");
    assertThat(placed).isEqualTo(true);
  }

  @Test
  void theRulesCatchAWideTableWithoutAScrollRegionAndAnEmptyTallRow() {
    s.browser.open(s.url("methods.html"));
    // Styles set by a test through the CSSOM; the CSP forbids them only in markup.
    s.browser.js(
        "const t = document.createElement('table'); t.id = 'wide';"
            + " t.createCaption().textContent = 'A wide table';"
            + " const r = t.insertRow(); for (let i = 0; i < 12; i++) {"
            + " const c = r.insertCell(); c.textContent = 'column-' + i + '-with-a-long-name'; }"
            + " const tall = t.insertRow(); tall.insertCell().textContent = 'x';"
            + " tall.style.height = '140px';"
            + " document.querySelector('main').append(t);");
    assertThat(tableProblems())
        .anySatisfy(p -> assertThat(p).contains("the page scrolls sideways"))
        .anySatisfy(p -> assertThat(p).contains("#wide").contains("not in a scroll container"))
        .anySatisfy(p -> assertThat(p).contains("#wide").contains("row 2 is 140 px tall"));
  }
}
