package org.cakebench.site.transform;

import java.util.List;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;

/**
 * A check run after every transform: reads the final document of one page and the whole site, and
 * gives the problems it found (empty when the page passes).
 */
public interface PageCheck {

  /** The problems of {@code page}, each a sentence naming the offending element. */
  List<String> check(Document doc, Page page, SiteIndex site);
}
