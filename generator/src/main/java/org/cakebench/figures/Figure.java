package org.cakebench.figures;

/**
 * One figure of the report: what it is called and says, the numbers behind it and how it looks.
 * Implementations take the analysis results and the observer styles in their constructor and
 * compute nothing new.
 */
public interface Figure {
  /** Stable id and file stem, e.g. {@code fig1-contrast}. */
  String id();

  /**
   * The report section: {@code ood}, {@code category}, {@code image}, {@code shape}, {@code
   * benchmark}.
   */
  String section();

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
