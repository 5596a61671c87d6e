package org.cakebench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The leaderboard's two rankings in Chromium: they open in rank order, the first click on a heading
 * puts the best first and the second reverses, and the humans stay pinned on top as the reference
 * whatever the order.
 */
@Tag("browser")
@Needs(Requirement.CHROMIUM)
class LeaderboardInBrowserTest {
  static final List<String> TABLES = List.of("leaderboard", "leaderboard-ood");
  BrowserSite s;

  @BeforeEach
  void open() throws IOException {
    s = BrowserSite.get();
    s.browser.open(s.url("leaderboard.html"));
  }

  private List<WebElement> headings(String table) {
    return s.browser.driver.findElements(By.cssSelector("#" + table + " thead tr:last-child th"));
  }

  private List<String> rowHeaders(String table) {
    return s.browser.driver.findElements(By.cssSelector("#" + table + " tbody tr > th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The sort values of the models' rows (the reference row left out) in one column. */
  private List<Double> modelValues(String table, int column) {
    List<Double> values = new ArrayList<>();
    for (WebElement row :
        s.browser.driver.findElements(By.cssSelector("#" + table + " tbody tr:not(.reference)"))) {
      String v = row.findElement(By.xpath("./*[" + (column + 1) + "]")).getAttribute("data-sort");
      values.add(v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v));
    }
    return values;
  }

  @Test
  void opensWithTheHumansOnTopAndTheModelsInRankOrder() {
    for (String table : TABLES) {
      assertThat(rowHeaders(table)).as(table).first().isEqualTo("Humans");
      assertThat(headings(table).get(1).getText()).as(table).isEqualTo("Rank");
      assertThat(modelValues(table, 1)).as(table).isNotEmpty().isSorted();
    }
    assertThat(rowHeaders("leaderboard"))
        .containsExactlyInAnyOrderElementsOf(rowHeaders("leaderboard-ood"));
  }

  @Test
  void theFirstClickSortsBestFirstAndTheSecondReverses() {
    for (String table : TABLES) {
      List<WebElement> headings = headings(table);
      for (int i = 1; i < headings.size(); i++) {
        WebElement th = headings.get(i);
        String best = th.getAttribute("data-best");
        if (best.equals("neither")) {
          continue;
        }
        th.findElement(By.tagName("button")).click();
        List<Double> first = finite(modelValues(table, i));
        List<Double> bestFirst = new ArrayList<>(first);
        bestFirst.sort(best.equals("higher") ? Collections.reverseOrder() : null);
        assertThat(first).as("%s column %d (%s is better)", table, i, best).isEqualTo(bestFirst);
        th.findElement(By.tagName("button")).click();
        List<Double> second = finite(modelValues(table, i));
        Collections.reverse(bestFirst);
        assertThat(second).as("%s column %d reversed", table, i).isEqualTo(bestFirst);
        assertThat(th.getAttribute("aria-sort"))
            .isEqualTo(best.equals("higher") ? "ascending" : "descending");
      }
    }
  }

  @Test
  void theHumansStayPinnedAsTheReferenceWhateverTheOrder() {
    for (String table : TABLES) {
      List<WebElement> headings = headings(table);
      for (int i = 0; i < headings.size(); i++) {
        for (int click = 0; click < 2; click++) {
          headings.get(i).findElement(By.tagName("button")).click();
          assertThat(rowHeaders(table)).as("%s by column %d", table, i).first().isEqualTo("Humans");
          assertThat(
                  s.browser
                      .driver
                      .findElement(By.cssSelector("#" + table + " tbody tr:first-child"))
                      .getAttribute("class"))
              .contains("reference");
        }
      }
    }
  }

  private static List<Double> finite(List<Double> values) {
    return values.stream().filter(Double::isFinite).toList();
  }
}
