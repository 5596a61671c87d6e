package org.cakebench.site.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.ImageAccuracy;
import org.cakebench.report.ImageErrors;
import org.jspecify.annotations.Nullable;

/**
 * Copies the images of the report's image-level errors (Section 3.3) from the stimuli folder
 * ({@code <dataset>/<category>/<image>}) into the site under {@code stimuli/<dataset>/<category>/},
 * so that the page can show them as thumbnails. Images the data lack are left out; the page says
 * so.
 */
public final class ImageErrorStimuli {
  private ImageErrorStimuli() {}

  /**
   * Copies every image of {@code errors} found under {@code stimuli} (may be null); gives each
   * copied image's path in the site, keyed by its {@link #key}.
   */
  public static Map<String, String> copy(
      List<ImageErrors> errors, @Nullable Path stimuli, Path outDir) {
    Map<String, String> copied = new LinkedHashMap<>();
    if (stimuli == null || !Files.isDirectory(stimuli)) {
      return copied;
    }
    for (ImageErrors e : errors) {
      for (List<ImageAccuracy> list : List.of(e.humansBetter(), e.modelsBetter())) {
        for (ImageAccuracy image : list) {
          String category = image.category().label();
          Path source =
              stimuli.resolve(e.dataset().name()).resolve(category).resolve(image.imageId());
          if (!Files.isRegularFile(source) || !safe(image.imageId())) {
            continue;
          }
          String relative =
              "stimuli/" + e.dataset().name() + "/" + category + "/" + image.imageId();
          Assets.copyFile(source, outDir.resolve(relative));
          copied.put(key(e.dataset().name(), image.imageId()), relative);
        }
      }
    }
    return copied;
  }

  /** The key of an image of a dataset in the map {@link #copy} gives. */
  public static String key(String dataset, String imageId) {
    return dataset + "/" + imageId;
  }

  /** Whether an image id from the trial files is a plain file name (no folders, no escapes). */
  private static boolean safe(String imageId) {
    return imageId.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*");
  }
}
