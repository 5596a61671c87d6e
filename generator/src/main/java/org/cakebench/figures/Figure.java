package org.cakebench.figures;

import java.util.Optional;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;

/**
 * One figure of the report: what it is called and says, the numbers behind it and how it looks.
 * Implementations take the analysis results and the observer styles in their constructor and
 * compute nothing new.
 */
public interface Figure {
  /** Stable id and file stem, e.g. {@code fig1-contrast}. */
  String id();

  /** The part of the report it belongs to. */
  PaperSection section();

  /** The one dataset it shows, if it shows one. */
  default Optional<Dataset> dataset() {
    return Optional.empty();
  }

  /** Short title. */
  String title();

  /** Caption in plain words, including which paper models have no data yet. */
  String caption();

  /** Text alternative for screen readers. */
  String altText();

  /** The numbers drawn. */
  DataTable table();

  /** The picture. */
  Drawing chart();
}
