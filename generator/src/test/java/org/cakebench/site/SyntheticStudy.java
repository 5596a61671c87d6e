package org.cakebench.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cakebench.data.Category;
import org.jspecify.annotations.Nullable;

/**
 * Writes a small synthetic study in the model-vs-human raw-data layout: two humans and two models
 * (ResNet-50, SimCLR-x1) on uniform noise, contrast, high-pass, the three texture-shape datasets
 * and sketch, 32 images per condition (two per category). The decisions follow simple rules, so
 * tests can state the expected values by hand:
 *
 * <ul>
 *   <li>cue conflict (texture = next category): humans answer the shape; ResNet-50 the texture;
 *       SimCLR-x1 the texture on the first {@code simclrTextureTrials} of 32 images, else the
 *       shape.
 *   <li>uniform noise at 0.9: ResNet-50 always "knife", SimCLR-x1 "bottle" on 24 of 32 images,
 *       humans spread over all categories; at 0.0 everyone is right; at 0.35 humans and SimCLR-x1
 *       are right, ResNet-50 on 8 of 32.
 *   <li>contrast (c05) and high-pass (1.0): SimCLR-x1 right on 24, ResNet-50 on 8 of 32.
 *   <li>edges, silhouettes, sketch: humans wrong on the same 8 images, models on the first 16.
 * </ul>
 *
 * <p>{@link #withExtra()} adds BagNet-33 (an extra outside the paper's comparison) that answers
 * exactly like {@code subject-01}: if extras counted, it would break the claims about models.
 */
public final class SyntheticStudy {
  public static final List<String> HUMANS = List.of("subject-01", "subject-02");
  public static final List<String> MODELS = List.of("resnet50", "simclr_resnet50x1");

  /** The extra of {@link #withExtra()}. */
  public static final String EXTRA = "bagnet33";

  static final int PER_CONDITION = 32;

  private final int simclrTextureTrials;
  private final boolean extra;

  /**
   * A study in which SimCLR-x1 takes {@code simclrTextureTrials} of 32 cue-conflict decisions by
   * texture.
   */
  public SyntheticStudy(int simclrTextureTrials) {
    this(simclrTextureTrials, false);
  }

  private SyntheticStudy(int simclrTextureTrials, boolean extra) {
    this.simclrTextureTrials = simclrTextureTrials;
    this.extra = extra;
  }

  /** The same study with BagNet-33 answering like a human. */
  public SyntheticStudy withExtra() {
    return new SyntheticStudy(simclrTextureTrials, true);
  }

  /** Writes the trial files under {@code rawData} and gives it. */
  public Path write(Path rawData) {
    dataset(rawData, "uniform-noise", List.of("0.0", "0.35", "0.9"));
    dataset(rawData, "contrast", List.of("c100", "c05"));
    dataset(rawData, "high-pass", List.of("inf", "1.0"));
    for (String d : List.of("cue-conflict", "edge", "silhouette", "sketch")) {
      dataset(rawData, d, List.of());
    }
    return rawData;
  }

  private void dataset(Path rawData, String dataset, List<String> conditions) {
    for (String observer : concat(HUMANS, extra ? concat(MODELS, List.of(EXTRA)) : MODELS)) {
      boolean human = observer.startsWith("subject-");
      StringBuilder csv =
          new StringBuilder(
              human
                  ? "subj,Session,trial,rt,object_response,category,condition,imagename\n"
                  : "subj,session,trial,rt,object_response,category,condition,imagename\n");
      int trial = 0;
      for (String condition : conditions.isEmpty() ? List.of("") : conditions) {
        for (int i = 0; i < PER_CONDITION; i++) {
          Category truth = Category.at(i % 16);
          // The extra answers exactly as subject-01 does.
          Category response =
              respond(
                  observer.equals(EXTRA) ? HUMANS.get(0) : observer, dataset, condition, truth, i);
          String written = condition.isEmpty() ? (human ? "0" : "NaN") : condition;
          csv.append(
              String.format(
                  Locale.ROOT,
                  "%s,1,%d,%s,%s,%s,%s,%s%n",
                  observer,
                  ++trial,
                  human ? "0.8" : "NaN",
                  response == null ? "na" : response.label(),
                  truth.label(),
                  written,
                  imageName(dataset, condition, truth, i, human, trial)));
        }
      }
      Path file = rawData.resolve(dataset).resolve(dataset + "_" + observer + "_session-1.csv");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String imageName(
      String dataset, String condition, Category truth, int i, boolean human, int trial) {
    String id =
        dataset.equals("cue-conflict")
            ? truth.label() + (i / 16 + 1) + "-" + texture(truth).label() + (i / 16 + 1) + ".png"
            : "n0"
                + (1000000 + i)
                + "_"
                + (condition.isEmpty() ? "x" : condition.replace('.', 'p'))
                + i
                + ".png";
    String prefix =
        String.format(
            Locale.ROOT,
            "%04d_%s_%s_%s_%s_",
            trial,
            "syn",
            human ? "s01" : "dnn",
            condition.isEmpty() ? "0" : condition,
            truth.label());
    return prefix + id;
  }

  /** The texture category of a cue-conflict image of {@code shape}: the next category. */
  public static Category texture(Category shape) {
    return Category.at((shape.ordinal() + 1) % 16);
  }

  private @Nullable Category respond(
      String observer, String dataset, String condition, Category truth, int i) {
    boolean human = observer.startsWith("subject-");
    boolean resnet = observer.equals("resnet50");
    Category wrong = Category.at((truth.ordinal() + 3) % 16);
    switch (dataset) {
      case "cue-conflict":
        if (human) {
          return truth;
        }
        return resnet || i < simclrTextureTrials ? texture(truth) : truth;
      case "uniform-noise":
        if (condition.equals("0.0")) {
          return truth;
        }
        if (condition.equals("0.35")) {
          return human || !resnet ? truth : i < 8 ? truth : wrong;
        }
        if (human) {
          return i % 4 == 0 ? truth : Category.at((i * 5 + (observer.endsWith("1") ? 0 : 7)) % 16);
        }
        return resnet ? Category.KNIFE : i < 24 ? Category.BOTTLE : Category.CLOCK;
      case "contrast":
      case "high-pass":
        if (condition.equals("c100") || condition.equals("inf") || human) {
          return truth;
        }
        return i < (resnet ? 8 : 24) ? truth : wrong;
      default:
        if (human) {
          return i < 8 ? wrong : truth;
        }
        return i < 16 ? wrong : truth;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
