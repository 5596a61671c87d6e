package org.cakebench.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.data.Category;

/**
 * Maps 1,000 ImageNet logits to one of the 16 categories as the 16-class-ImageNet benchmark does
 * (Geirhos et al. 2018, 2019; model-vs-human's {@code ImageNetProbabilitiesTo16ClassesMapping}):
 * softmax over all 1,000 logits, the mean probability over each category's ImageNet classes, the
 * highest mean wins.
 *
 * <p>The table of classes per category is the bundled resource {@code imagenet-to-16-class.tsv}.
 */
public final class SixteenClassMapping {
  /** Number of ImageNet classes a model must score. */
  public static final int IMAGENET_CLASSES = 1000;

  // The table travels with the data stage, which also fetches and verifies it (manifest: derived).
  private static final String RESOURCE = "/org/cakebench/data/mappings/imagenet-to-16-class.tsv";
  private static final SixteenClassMapping STANDARD = load();

  private final Map<Category, int[]> indices;
  private final String digest;

  private SixteenClassMapping(Map<Category, int[]> indices, String digest) {
    this.indices = indices;
    this.digest = digest;
  }

  /** The benchmark's mapping. */
  public static SixteenClassMapping standard() {
    return STANDARD;
  }

  /** SHA-256 of the table, so that a changed table invalidates cached decisions. */
  public String digest() {
    return digest;
  }

  /** The ImageNet class indices that belong to {@code category}. */
  public int[] indices(Category category) {
    return indices.get(category).clone();
  }

  /**
   * The decision for row {@code row} of {@code logits} (row-major, 1,000 per row). Softmax and
   * means are computed in double precision; on an exact tie the later category in the benchmark's
   * (alphabetical) order wins, as numpy's {@code flip(argsort(...))} picks it.
   */
  public Category decide(float[] logits, int row) {
    int offset = row * IMAGENET_CLASSES;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < IMAGENET_CLASSES; i++) {
      max = Math.max(max, logits[offset + i]);
    }
    double[] exp = new double[IMAGENET_CLASSES];
    double sum = 0;
    for (int i = 0; i < IMAGENET_CLASSES; i++) {
      exp[i] = Math.exp(logits[offset + i] - max);
      sum += exp[i];
    }
    Category best = Category.at(0);
    double bestMean = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < Category.count(); c++) {
      Category category = Category.at(c);
      int[] classes = indices.get(category);
      double total = 0;
      for (int index : classes) {
        total += exp[index] / sum;
      }
      double mean = total / classes.length;
      if (mean >= bestMean) {
        bestMean = mean;
        best = category;
      }
    }
    return best;
  }

  private static SixteenClassMapping load() {
    try (InputStream in = SixteenClassMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      byte[] bytes = in.readAllBytes();
      Map<Category, int[]> indices = parse(new String(bytes, StandardCharsets.UTF_8));
      return new SixteenClassMapping(indices, DigestUtils.sha256Hex(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  static Map<Category, int[]> parse(String table) {
    Map<Category, int[]> indices = new EnumMap<>(Category.class);
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(table))) {
      String header = lines.readLine();
      if (header == null || !header.startsWith("category\t")) {
        throw new IllegalStateException(
            RESOURCE + ": expected a 'category<TAB>imagenet_indices' header");
      }
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t");
        Category category =
            Category.fromLabel(fields[0])
                .orElseThrow(
                    () -> new IllegalStateException(RESOURCE + ": unknown category " + fields[0]));
        List<Integer> classes = new ArrayList<>();
        for (String index : fields[1].split(",")) {
          int value = Integer.parseInt(index.strip());
          if (value < 0 || value >= IMAGENET_CLASSES) {
            throw new IllegalStateException(RESOURCE + ": class index out of range: " + value);
          }
          classes.add(value);
        }
        indices.put(category, classes.stream().mapToInt(Integer::intValue).toArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (indices.size() != Category.count()) {
      throw new IllegalStateException(
          RESOURCE + ": expected 16 categories, found " + indices.size());
    }
    return indices;
  }
}
