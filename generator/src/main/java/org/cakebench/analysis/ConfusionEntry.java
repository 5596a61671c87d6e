package org.cakebench.analysis;

/** The confusion matrix of one observer (or the pooled humans) in one condition of a dataset. */
public record ConfusionEntry(
    String observer, String dataset, String condition, ConfusionMatrix matrix) {}
