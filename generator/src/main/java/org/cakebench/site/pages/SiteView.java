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
 * @param synthetic the names of the observers whose decisions are synthetic rehearsal data (every
 *     page then says so in a banner), empty for a real report
 */
public record SiteView(
    String title,
    List<NavItem> report,
    List<NavItem> data,
    BuildInfo build,
    List<String> synthetic) {
  public SiteView {
    report = List.copyOf(report);
    data = List.copyOf(data);
    synthetic = List.copyOf(synthetic);
  }

  /** The banner's sentence about the synthetic observers, e.g. "2 observers (A and B)". */
  public String syntheticObservers() {
    int n = synthetic.size();
    List<String> named = n <= 6 ? synthetic : synthetic.subList(0, 5);
    String names =
        n <= 6
            ? org.cakebench.report.Format.names(named)
            : String.join(", ", named) + " and " + (n - 5) + " more";
    return n + (n == 1 ? " observer" : " observers") + " (" + names + ")";
  }
}
