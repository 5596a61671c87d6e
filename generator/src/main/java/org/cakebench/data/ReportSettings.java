package org.cakebench.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The report's settings from {@code content/report.yaml}: choices of what figures show. A missing
 * file or key takes the paper's choice.
 *
 * @param confusionModels the models the confusion-matrix grids show beside the humans, in order
 */
public record ReportSettings(List<String> confusionModels) {
  /** The models of the paper's Figures 4 and 5. */
  public static final List<String> PAPER_CONFUSION_MODELS =
      List.of("resnet50", "InsDis", "MoCoV2", "simclr_resnet50x4");

  /** The paper's choices. */
  public static final ReportSettings PAPER = new ReportSettings(PAPER_CONFUSION_MODELS);

  public ReportSettings {
    confusionModels = List.copyOf(confusionModels);
  }

  /** The settings of {@code file}; the paper's choices if it does not exist. */
  public static ReportSettings load(Path file) {
    if (!Files.exists(file)) {
      return PAPER;
    }
    File parsed = YamlFiles.read(file, File.class);
    if (parsed == null || parsed.figures == null || parsed.figures.confusionModels == null) {
      return PAPER;
    }
    return new ReportSettings(parsed.figures.confusionModels);
  }

  /** The file as written. */
  private static final class File {
    public @Nullable Figures figures;
  }

  private static final class Figures {
    @JsonProperty("confusion_matrix_models")
    public @Nullable List<String> confusionModels;
  }
}
