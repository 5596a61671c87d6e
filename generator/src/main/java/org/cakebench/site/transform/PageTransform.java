package org.cakebench.site.transform;

import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;

/** One step of the post-processing chain: changes the parsed document of one page in place. */
public interface PageTransform {

  /** Transforms {@code doc}, the parsed HTML of {@code page}. */
  void apply(Document doc, Page page);
}
