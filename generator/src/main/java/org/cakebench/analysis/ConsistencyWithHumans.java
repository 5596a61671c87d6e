package org.cakebench.analysis;

/**
 * Error consistency of one observer with the human observers in one condition: the mean over humans
 * (for {@code humans}: over pairs of different humans).
 *
 * @param observer observer id, {@code humans} for the human-human reference
 * @param dataset dataset name
 * @param condition condition label, {@link Analyses#ALL} for datasets without conditions
 * @param kappa mean error consistency (Cohen's kappa)
 * @param observed mean observed consistency
 */
public record ConsistencyWithHumans(
    String observer, String dataset, String condition, double kappa, double observed) {}
