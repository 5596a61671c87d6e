package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.cakebench.data.Category;
import org.cakebench.data.ConditionLabels;
import org.cakebench.data.Dataset;
import org.cakebench.data.InvalidInputException;

/**
 * Finds the images of a dataset folder and reads category and condition the way model-vs-human's
 * info mappings do.
 *
 * <p>Two layouts: the texture-shape datasets (cue-conflict, edge, silhouette) are ImageNet-style
 * folders, {@code <dir>/<category>/<image>.png}, and have no conditions. The other 14 come from
 * model-vs-human's release archives as {@code <dir>/dnn/session-1/<image>.png} with both in the
 * file name, {@code <trial>_<experiment>_<subject>_<condition>_<category>_<rest>}: {@code
 * 0001_cl_dnn_cr_oven_40_n04111531_14126.png} is condition {@code cr}, category {@code oven}.
 */
public final class StimulusScanner {
  /** Datasets whose images sit in category folders and carry no condition in their name. */
  static final Set<String> FOLDER_LAYOUT = Set.of("cue-conflict", "edge", "silhouette");

  private static final Set<String> EXTENSIONS =
      Set.of(".png", ".jpg", ".jpeg", ".bmp", ".ppm", ".pgm", ".tif", ".tiff", ".webp");
  private static final Set<String> READABLE = Set.of(".png", ".jpg", ".jpeg", ".bmp");

  private StimulusScanner() {}

  /** Lists and digests the images of {@code dataset} under {@code folder}. */
  public static StimulusSet scan(Dataset dataset, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(
          folder,
          "no images for dataset '"
              + dataset.name()
              + "': expected "
              + (FOLDER_LAYOUT.contains(dataset.name())
                  ? "<category>/*.png folders"
                  : "dnn/session-1/*.png (model-vs-human's release archive; fetch-data --images)"));
    }
    boolean namesCarryLabels = !FOLDER_LAYOUT.contains(dataset.name());
    Path root =
        namesCarryLabels && Files.isDirectory(folder.resolve("dnn"))
            ? folder.resolve("dnn")
            : folder;
    List<Path> files = imageFiles(root);
    if (files.isEmpty()) {
      throw new InvalidInputException(root, "no image files for dataset '" + dataset.name() + "'");
    }
    List<Stimulus> images = new ArrayList<>(files.size());
    MessageDigest digest = DigestUtils.getSha256Digest();
    for (Path file : files) {
      String name = file.getFileName().toString();
      images.add(namesCarryLabels ? fromName(file, name) : fromFolder(file, name));
      digest.update(relative(root, file).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(contentHash(file));
    }
    return new StimulusSet(dataset, images, Hex.encodeHexString(digest.digest()));
  }

  private static Stimulus fromFolder(Path file, String name) {
    Path parent = file.getParent();
    String folder = parent == null ? "" : parent.getFileName().toString();
    Category category =
        Category.fromLabel(folder)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        file, "folder '" + folder + "' is not one of the 16 categories"));
    return new Stimulus(file, name, category, ConditionLabels.MISSING);
  }

  private static Stimulus fromName(Path file, String name) {
    String[] parts = name.split("_");
    if (parts.length < 6) {
      throw new InvalidInputException(
          file,
          "expected a model-vs-human image name like"
              + " 0001_cl_dnn_cr_oven_40_n04111531_14126.png (condition and category in parts 4"
              + " and 5)");
    }
    Category category =
        Category.fromLabel(parts[4])
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        file, "category '" + parts[4] + "' in the file name is not one of the 16"));
    return new Stimulus(file, name, category, parts[3]);
  }

  /** Image files under {@code root}, sorted by relative path; hidden files are skipped. */
  static List<Path> imageFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(
              p -> {
                String ext = extension(p);
                if (READABLE.contains(ext)) {
                  files.add(p);
                } else if (EXTENSIONS.contains(ext)) {
                  throw new ImageDecodeException(p, "only PNG, JPEG and BMP images are supported");
                }
              });
      files.sort(Comparator.comparing(p -> relative(root, p)));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] contentHash(Path file) {
    try {
      return new DigestUtils(MessageDigestAlgorithms.SHA_256).digest(file);
    } catch (IOException e) {
      throw new ImageDecodeException(file, e.toString());
    }
  }
}
