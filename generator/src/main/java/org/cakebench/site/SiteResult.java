package org.cakebench.site;

import java.util.List;

/**
 * What {@link ReportSite#render} wrote.
 *
 * @param pages the page paths, relative to the output folder, in navigation order
 * @param files every file the site stage wrote (pages, assets, downloads, example images)
 * @param linksChecked the number of internal links, anchors and images that were checked
 */
public record SiteResult(List<String> pages, int files, int linksChecked) {
  public SiteResult {
    pages = List.copyOf(pages);
  }
}
