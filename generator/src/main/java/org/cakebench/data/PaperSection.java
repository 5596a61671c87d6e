package org.cakebench.data;

/**
 * The parts of the report that figures and claims belong to: the paper's four results sections, the
 * data it rests on, and the later benchmark.
 */
public enum PaperSection {
  /** The data the paper rests on (trial counts). */
  DATA("data", ""),
  /** 3.1: out-of-distribution generalisation. */
  OOD("ood", "3.1"),
  /** 3.2: category-level errors. */
  CATEGORY("category", "3.2"),
  /** 3.3: image-level errors. */
  IMAGE("image", "3.3"),
  /** 3.4: texture and shape bias. */
  SHAPE("shape", "3.4"),
  /** The model-vs-human benchmark (Geirhos et al., 2021), an extension of the paper. */
  BENCHMARK("benchmark", "");

  private final String key;
  private final String number;

  PaperSection(String key, String number) {
    this.key = key;
    this.number = number;
  }

  /** A stable lower-case key for files, anchors and JSON, e.g. {@code shape}. */
  public String key() {
    return key;
  }

  /** The paper's section number, e.g. {@code 3.4}; empty for the parts outside section 3. */
  public String number() {
    return number;
  }
}
