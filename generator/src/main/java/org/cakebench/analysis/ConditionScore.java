package org.cakebench.analysis;

/**
 * Accuracy and response entropy of one observer in one condition of one dataset.
 *
 * @param observer observer id, {@code humans} for the pooled humans
 * @param dataset dataset name
 * @param condition condition label, {@link Analyses#ALL} for datasets without conditions
 * @param accuracy 16-class accuracy
 * @param entropy response entropy in bits (for the pooled humans: the mean over humans)
 * @param trials number of trials
 */
public record ConditionScore(
    String observer,
    String dataset,
    String condition,
    double accuracy,
    double entropy,
    int trials) {}
