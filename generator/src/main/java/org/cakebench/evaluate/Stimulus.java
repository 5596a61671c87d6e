package org.cakebench.evaluate;

import java.nio.file.Path;
import org.cakebench.data.Category;

/**
 * One image of a dataset, with what its trial row says about it.
 *
 * @param file the image file
 * @param imageName the file name, written as {@code imagename}
 * @param category the true category
 * @param condition the condition label as the file name spells it, {@code NaN} without conditions
 */
public record Stimulus(Path file, String imageName, Category category, String condition) {}
