package org.cakebench.analysis;

import org.cakebench.data.Category;
import org.jspecify.annotations.Nullable;

/**
 * The response an observer gave most often in one condition, and its share of all trials (see
 * {@link ConfusionMatrix#dominant()}).
 *
 * @param category the most frequent response, null when there were no trials
 * @param share its share of all trials in [0, 1]
 */
public record DominantResponse(@Nullable Category category, double share) {}
