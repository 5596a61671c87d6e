package org.cakebench.data;

import java.nio.file.Path;

/**
 * A trial file holding a model's decisions on one dataset, as the report offers it for download.
 *
 * @param observer the model's id
 * @param dataset the dataset
 * @param file the CSV file
 */
public record DecisionFile(String observer, Dataset dataset, Path file) {}
