package org.cakebench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.jspecify.annotations.Nullable;

/**
 * Picks a few example images per dataset from a stimuli folder ({@code <dataset>/<category>/*.png})
 * and copies them into the site under {@code stimuli/}. Datasets whose images are not there get
 * none; the choice is deterministic (the first file of the first categories in name order).
 */
public final class StimulusExamples {
  /** How many examples a dataset page shows. */
  public static final int PER_DATASET = 4;

  private StimulusExamples() {}

  /** Copies examples of every registry dataset found under {@code stimuli} (may be null). */
  public static Map<Dataset, List<StimulusExample>> copy(@Nullable Path stimuli, Path outDir) {
    Map<Dataset, List<StimulusExample>> examples = new LinkedHashMap<>();
    if (stimuli == null || !Files.isDirectory(stimuli)) {
      return examples;
    }
    for (Dataset d : Datasets.all()) {
      Path folder = stimuli.resolve(d.name());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<StimulusExample> chosen = new ArrayList<>();
      for (Path category : list(folder, true)) {
        List<Path> images =
            list(category, false).stream()
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
                .toList();
        if (images.isEmpty()) {
          continue;
        }
        Path image = images.get(0);
        String relative =
            "stimuli/" + d.name() + "/" + category.getFileName() + "-" + image.getFileName();
        Assets.copyFile(image, outDir.resolve(relative));
        chosen.add(describe(d, category.getFileName().toString(), image, relative));
        if (chosen.size() == PER_DATASET) {
          break;
        }
      }
      if (!chosen.isEmpty()) {
        examples.put(d, List.copyOf(chosen));
      }
    }
    return examples;
  }

  private static StimulusExample describe(Dataset d, String category, Path image, String relative) {
    String stem = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    if (d.equals(Datasets.CUE_CONFLICT) && stem.contains("-")) {
      String texture = stem.substring(stem.lastIndexOf('-') + 1).replaceAll("\\d", "");
      String caption = "shape " + category + ", texture " + texture;
      return new StimulusExample(
          d.name(), relative, d.title() + " image: " + caption + " (" + stem + ")", caption);
    }
    return new StimulusExample(
        d.name(), relative, d.title() + " image of the category " + category, category);
  }

  private static List<Path> list(Path folder, boolean directories) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> directories ? Files.isDirectory(p) : Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
