package org.cakebench.analysis;

/**
 * Error consistency of one observer with the human observers in one condition: the mean over humans
 * (for the pooled humans: over pairs of different humans).
 *
 * @param kappa mean error consistency (Cohen's kappa)
 * @param observed mean observed consistency
 */
public record ConsistencyWithHumans(double kappa, double observed) {}
