package org.cakebench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The registry of the 17 datasets: their conditions in plotting order, plot labels, x-axis labels
 * and the conditions left out of the benchmark averages (as in model-vs-human).
 */
public final class Datasets {
  private static final String EIDOLON_AXIS = "Log\u2082 of 'reach' parameter";
  private static final String FILTER_AXIS = "Filter standard deviation";
  private static final List<String> EIDOLON_PLOT = List.of("0", "1", "2", "3", "4", "5", "6", "7");

  public static final Dataset COLOUR =
      parametric(
          "colour",
          "Colour vs. greyscale",
          "Colour",
          list("cr", "bw"),
          list("colour", "greyscale"),
          list("cr"));
  public static final Dataset CONTRAST =
      parametric(
          "contrast",
          "Contrast",
          "Contrast in percent",
          list("c100", "c50", "c30", "c15", "c10", "c05", "c03", "c01"),
          list("100", "50", "30", "15", "10", "5", "3", "1"),
          list("c100", "c03", "c01"));
  public static final Dataset HIGH_PASS =
      parametric(
          "high-pass",
          "High-pass filter",
          FILTER_AXIS,
          list("inf", "3.0", "1.5", "1.0", "0.7", "0.55", "0.45", "0.4"),
          list("inf", "3.0", "1.5", "1.0", ".7", ".55", ".45", ".4"),
          list("inf", "0.55", "0.45", "0.4"));
  public static final Dataset LOW_PASS =
      parametric(
          "low-pass",
          "Low-pass filter",
          FILTER_AXIS,
          list("0", "1", "3", "5", "7", "10", "15", "40"),
          null,
          list("0", "15", "40"));
  public static final Dataset PHASE_SCRAMBLING =
      parametric(
          "phase-scrambling",
          "Phase noise",
          "Phase noise width [\u00b0]",
          list("0", "30", "60", "90", "120", "150", "180"),
          null,
          list("0", "150", "180"));
  public static final Dataset POWER_EQUALISATION =
      parametric(
          "power-equalisation",
          "Power equalisation",
          "Power spectrum",
          list("0", "pow"),
          list("original", "equalised"),
          list("0"));
  public static final Dataset FALSE_COLOUR =
      parametric(
          "false-colour",
          "False colour",
          "Colour",
          list("True", "False"),
          list("true", "opponent"),
          list("True"));
  public static final Dataset ROTATION =
      parametric(
          "rotation",
          "Rotation",
          "Rotation angle [\u00b0]",
          list("0", "90", "180", "270"),
          null,
          list("0"));
  public static final Dataset EIDOLON_I =
      parametric(
          "eidolonI",
          "Eidolon I",
          EIDOLON_AXIS,
          eidolon("10-10"),
          EIDOLON_PLOT,
          list("1-10-10", "64-10-10", "128-10-10"));
  public static final Dataset EIDOLON_II =
      parametric(
          "eidolonII",
          "Eidolon II",
          EIDOLON_AXIS,
          eidolon("3-10"),
          EIDOLON_PLOT,
          list("1-3-10", "32-3-10", "64-3-10", "128-3-10"));
  public static final Dataset EIDOLON_III =
      parametric(
          "eidolonIII",
          "Eidolon III",
          EIDOLON_AXIS,
          eidolon("0-10"),
          EIDOLON_PLOT,
          list("1-0-10", "16-0-10", "32-0-10", "64-0-10", "128-0-10"));
  public static final Dataset UNIFORM_NOISE =
      parametric(
          "uniform-noise",
          "Uniform noise",
          "Uniform noise width",
          list("0.0", "0.03", "0.05", "0.1", "0.2", "0.35", "0.6", "0.9"),
          list("0.0", ".03", ".05", ".1", ".2", ".35", ".6", ".9"),
          list("0.0", "0.6", "0.9"));
  public static final Dataset CUE_CONFLICT =
      new Dataset("cue-conflict", "Cue conflict", List.of(), "", true);
  public static final Dataset EDGE = new Dataset("edge", "Edges", List.of(), "", true);
  public static final Dataset SILHOUETTE =
      new Dataset("silhouette", "Silhouettes", List.of(), "", true);
  public static final Dataset SKETCH = new Dataset("sketch", "Sketches", List.of(), "", false);
  public static final Dataset STYLIZED = new Dataset("stylized", "Stylized", List.of(), "", false);

  private static final List<Dataset> ALL =
      List.of(
          COLOUR,
          CONTRAST,
          HIGH_PASS,
          LOW_PASS,
          PHASE_SCRAMBLING,
          POWER_EQUALISATION,
          FALSE_COLOUR,
          ROTATION,
          EIDOLON_I,
          EIDOLON_II,
          EIDOLON_III,
          UNIFORM_NOISE,
          CUE_CONFLICT,
          EDGE,
          SILHOUETTE,
          SKETCH,
          STYLIZED);

  /** The 15 datasets of the paper (all but sketch and stylized). */
  public static final List<Dataset> PAPER = ALL.stream().filter(Dataset::inPaper).toList();

  /** The 12 parametric distortions, Figure 1 of the paper. */
  public static final List<Dataset> PARAMETRIC = ALL.stream().filter(Dataset::parametric).toList();

  /**
   * The texture-shape datasets whose error consistency the paper compares (Section 3.3, Figure 2).
   */
  public static final List<Dataset> TEXTURE_SHAPE = List.of(CUE_CONFLICT, EDGE, SILHOUETTE);

  /** The datasets without conditions whose accuracies the benchmark plots side by side. */
  public static final List<Dataset> NON_PARAMETRIC_ACCURACY =
      List.of(EDGE, SILHOUETTE, SKETCH, STYLIZED);

  /**
   * The distortions on which the paper finds SimCLR most robust, nearly at human level (Section
   * 3.1).
   */
  public static final List<Dataset> SIMCLR_ROBUST = List.of(UNIFORM_NOISE, CONTRAST, HIGH_PASS);

  private Datasets() {}

  /** All 17 datasets: the 12 parametric distortions first, then the five without conditions. */
  public static List<Dataset> all() {
    return ALL;
  }

  /** The dataset with this name, if it is one of the 17. */
  public static Optional<Dataset> byName(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The dataset with this name, or an error that lists the known names. */
  public static Dataset require(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "unknown dataset '"
                        + name
                        + "'; known datasets: "
                        + ALL.stream().map(Dataset::name).collect(Collectors.joining(", "))));
  }

  private static Dataset parametric(
      String name,
      String title,
      String axis,
      List<String> labels,
      @Nullable List<String> plotLabels,
      List<String> excluded) {
    List<String> plot = plotLabels == null ? labels : plotLabels;
    Set<String> left = Set.copyOf(excluded);
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      conditions.add(new Condition(labels.get(i), plot.get(i), !left.contains(labels.get(i))));
    }
    return new Dataset(name, title, conditions, axis, true);
  }

  private static List<String> eidolon(String suffix) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      labels.add((1 << k) + "-" + suffix);
    }
    return labels;
  }

  private static List<String> list(String... values) {
    return Arrays.asList(values);
  }
}
