package org.cakebench.site.pages;

import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;
import org.cakebench.report.Report;
import org.cakebench.report.ReportData;
import org.cakebench.site.content.Content;
import org.cakebench.site.output.Downloads;
import org.cakebench.site.output.StimulusExample;

/**
 * What the page builders read: the assembled report, the rendered commentary, the example images,
 * the images of the image-level errors (their site paths by {@code ImageErrorStimuli.key}) and the
 * downloads already written.
 */
public record PageSources(
    Report report,
    Content content,
    Map<Dataset, List<StimulusExample>> examples,
    Map<String, String> imageErrorFiles,
    Downloads downloads) {

  public PageSources {
    examples = Map.copyOf(examples);
    imageErrorFiles = Map.copyOf(imageErrorFiles);
  }

  /** The analyses as the report reads them. */
  public ReportData data() {
    return report.data();
  }
}
