package org.cakebench.site;

import java.nio.file.Path;
import org.cakebench.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * Everything the site stage needs, gathered by the orchestrator.
 *
 * @param report the assembled report model
 * @param stimuli the stimuli folder ({@code <dataset>/<category>/*.png}) for example images, or
 *     null when there is none
 * @param paths the project's content, templates and assets folders
 */
public record SiteInput(Report report, @Nullable Path stimuli, SitePaths paths) {}
