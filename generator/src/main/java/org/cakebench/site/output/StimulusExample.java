package org.cakebench.site.output;

/**
 * An example image of a dataset, copied into the site.
 *
 * @param dataset the dataset name
 * @param path its path relative to the output folder, e.g. {@code stimuli/edge/bird1.png}
 * @param alt a text alternative, e.g. {@code Cue-conflict image: shape cat, texture elephant}
 * @param caption a short caption, e.g. {@code shape cat, texture elephant}
 */
public record StimulusExample(String dataset, String path, String alt, String caption) {}
