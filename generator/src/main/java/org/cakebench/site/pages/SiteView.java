package org.cakebench.site.pages;

import java.util.List;
import org.cakebench.report.BuildInfo;

/**
 * What every page shows around its content: the navigation and the build facts in the footer.
 *
 * @param title the site title
 * @param report the navigation entries of the report sections
 * @param data the navigation entries of the data pages
 * @param build version, date and data source
 */
public record SiteView(String title, List<NavItem> report, List<NavItem> data, BuildInfo build) {
  public SiteView {
    report = List.copyOf(report);
    data = List.copyOf(data);
  }
}
