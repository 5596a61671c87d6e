package org.cakebench.site;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.RawData;
import org.cakebench.figures.FigureFile;
import org.jspecify.annotations.Nullable;

/**
 * Everything the site stage needs, gathered by the orchestrator.
 *
 * @param analyses the results of the analysis stage
 * @param trials the trials the analyses were computed from (for the bootstrap intervals of error
 *     consistency)
 * @param catalog the observers of {@code content/observers.yaml}
 * @param figures the figures already written under the output folder (paths relative to it)
 * @param rawData the raw-data folder whose model decision CSVs are offered as downloads
 * @param stimuli the stimuli folder ({@code <dataset>/<category>/*.png}) for example images, or
 *     null when there is none
 * @param paths the project's content, templates and assets folders
 * @param build version and date shown in the footer
 */
public record SiteInput(
    AnalysisResults analyses,
    RawData trials,
    ObserverCatalog catalog,
    List<FigureFile> figures,
    Path rawData,
    @Nullable Path stimuli,
    SitePaths paths,
    BuildInfo build) {

  public SiteInput {
    figures = List.copyOf(figures);
  }
}
