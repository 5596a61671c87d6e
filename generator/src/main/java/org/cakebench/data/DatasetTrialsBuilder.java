package org.cakebench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the trials of one dataset row by row, a few bytes each, and aligns them into {@link
 * DatasetTrials}: condition labels are normalised over all rows (see {@link ConditionLabels}), the
 * image order is that of the first observer (humans first, by id), and every other observer must
 * hold exactly the same images in the same conditions. Errors name the files involved.
 */
public final class DatasetTrialsBuilder {
  private final Dataset dataset;
  private final Map<String, Integer> imageRefs = new HashMap<>();
  private final List<String> imageIds = new ArrayList<>();
  private final Map<String, Integer> conditionRefs = new LinkedHashMap<>();
  private final List<Path> files = new ArrayList<>();
  private final Map<Path, Integer> fileRefs = new HashMap<>();
  private final Map<String, Rows> byObserver = new LinkedHashMap<>();

  /** A builder for the trials of {@code dataset}. */
  public DatasetTrialsBuilder(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * Adds one trial read from {@code file} at {@code line} (null for trials built in code). The
   * trial's condition is kept as written until {@link #build}.
   */
  public void add(Trial trial, @Nullable Path file, long line) {
    add(
        trial.observer(),
        trial.imageId(),
        trial.response(),
        trial.category(),
        trial.condition(),
        file,
        line,
        false);
  }

  /** Adds one trial given field by field; {@code synthetic} marks rehearsal data. */
  public void add(
      String observer,
      String imageId,
      @Nullable Category response,
      Category category,
      String rawCondition,
      @Nullable Path file,
      long line,
      boolean synthetic) {
    Integer image = imageRefs.get(imageId);
    if (image == null) {
      image = imageIds.size();
      imageRefs.put(imageId, image);
      imageIds.add(imageId);
    }
    int condition = conditionRefs.computeIfAbsent(rawCondition, k -> conditionRefs.size());
    int fileRef = -1;
    if (file != null) {
      fileRef =
          fileRefs.computeIfAbsent(
              file,
              f -> {
                files.add(f);
                return files.size() - 1;
              });
    }
    byObserver
        .computeIfAbsent(observer, Rows::new)
        .add(image, response, category, condition, fileRef, (int) line, synthetic);
  }

  /** The aligned trials; fails naming the files when observers were shown different images. */
  public DatasetTrials build() {
    List<String> rawLabels = new ArrayList<>(conditionRefs.keySet());
    Map<String, String> normalised = ConditionLabels.normalise(rawLabels);
    String[] labelOf = new String[rawLabels.size()];
    for (int i = 0; i < labelOf.length; i++) {
      // Without conditions, labels carry no meaning (humans' files say 0, models' NaN).
      labelOf[i] = dataset.parametric() ? normalised.get(rawLabels.get(i)) : Condition.ALL.label();
    }
    List<Rows> ordered = new ArrayList<>(byObserver.values());
    ordered.sort(
        Comparator.comparing((Rows r) -> !Observers.isHuman(r.observer))
            .thenComparing(r -> r.observer));
    if (ordered.isEmpty()) {
      return new DatasetTrials(dataset, ImageIndex.of(List.of(), List.of(), List.of()), List.of());
    }
    Rows reference = ordered.get(0);
    int[] positionOf = new int[imageIds.size()];
    Arrays.fill(positionOf, -1);
    List<String> ids = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    for (int r = 0; r < reference.size; r++) {
      int image = reference.images[r];
      if (positionOf[image] >= 0) {
        throw duplicate(reference, r, positionOf[image]);
      }
      positionOf[image] = ids.size();
      ids.add(imageIds.get(image));
      categories.add(Category.at(reference.categories[r]));
      conditions.add(labelOf[reference.conditions[r]]);
    }
    ImageIndex index = ImageIndex.of(ids, categories, conditions);
    List<ObserverTrials> observers = new ArrayList<>();
    for (Rows rows : ordered) {
      observers.add(align(rows, reference, index, positionOf, labelOf));
    }
    return new DatasetTrials(dataset, index, observers);
  }

  private ObserverTrials align(
      Rows rows, Rows reference, ImageIndex index, int[] positionOf, String[] labelOf) {
    byte[] responses = new byte[index.size()];
    int[] rowAt = new int[index.size()];
    Arrays.fill(rowAt, -1);
    ImageBits.Builder correct = new ImageBits.Builder(index.size());
    for (int r = 0; r < rows.size; r++) {
      int position = positionOf[rows.images[r]];
      if (position < 0) {
        throw mismatch(
            reference, rows, "image " + imageIds.get(rows.images[r]) + " is not among the other's");
      }
      if (rowAt[position] >= 0) {
        throw duplicate(rows, r, rowAt[position]);
      }
      rowAt[position] = r;
      if (!labelOf[rows.conditions[r]].equals(index.condition(position))) {
        throw mismatch(reference, rows, "image " + index.id(position) + " has another condition");
      }
      responses[position] = rows.responses[r];
      if (rows.responses[r] == rows.categories[r]) {
        correct.add(position);
      }
    }
    if (rows.size != index.size()) {
      throw mismatch(reference, rows, rows.size + " images instead of " + index.size());
    }
    return new ObserverTrials(
        rows.observer, responses, correct.build(), rows.sources(files), rows.synthetic);
  }

  private InvalidInputException duplicate(Rows rows, int row, int earlierRow) {
    String what = "image " + imageIds.get(rows.images[row]) + " of observer " + rows.observer;
    Path file = rows.file(files, row);
    Path earlier = rows.file(files, earlierRow);
    if (file == null) {
      return new InvalidInputException(dataset.name() + ": " + what + " appears twice");
    }
    return new InvalidInputException(
        file,
        rows.lines[row],
        what
            + (file.equals(earlier)
                ? " appears twice (first on line " + rows.lines[earlierRow] + ")"
                : " is already in " + earlier));
  }

  private InvalidInputException mismatch(Rows reference, Rows other, String detail) {
    return new InvalidInputException(
        dataset.name()
            + ": observers "
            + reference.origin(files)
            + " and "
            + other.origin(files)
            + " were shown different images ("
            + detail
            + "); error consistency needs the same");
  }

  /** The rows of one observer, column by column. */
  private static final class Rows {
    final String observer;
    int size;
    int[] images = new int[256];
    byte[] responses = new byte[256];
    byte[] categories = new byte[256];
    int[] conditions = new int[256];
    int[] fileRefs = new int[256];
    int[] lines = new int[256];
    boolean synthetic;

    Rows(String observer) {
      this.observer = observer;
    }

    void add(
        int image,
        @Nullable Category response,
        Category category,
        int condition,
        int fileRef,
        int line,
        boolean synthetic) {
      if (size == images.length) {
        int grown = size * 2;
        images = Arrays.copyOf(images, grown);
        responses = Arrays.copyOf(responses, grown);
        categories = Arrays.copyOf(categories, grown);
        conditions = Arrays.copyOf(conditions, grown);
        fileRefs = Arrays.copyOf(fileRefs, grown);
        lines = Arrays.copyOf(lines, grown);
      }
      images[size] = image;
      responses[size] = response == null ? ObserverTrials.NO_ANSWER : (byte) response.ordinal();
      categories[size] = (byte) category.ordinal();
      conditions[size] = condition;
      fileRefs[size] = fileRef;
      lines[size] = line;
      this.synthetic |= synthetic;
      size++;
    }

    @Nullable Path file(List<Path> files, int row) {
      return fileRefs[row] < 0 ? null : files.get(fileRefs[row]);
    }

    List<Path> sources(List<Path> files) {
      Set<Path> sources = new LinkedHashSet<>();
      for (int r = 0; r < size; r++) {
        if (fileRefs[r] >= 0) {
          sources.add(files.get(fileRefs[r]));
        }
      }
      return List.copyOf(sources);
    }

    String origin(List<Path> files) {
      List<Path> sources = sources(files);
      return sources.isEmpty()
          ? observer
          : observer
              + " ("
              + String.join(", ", sources.stream().map(Path::toString).toList())
              + ")";
    }
  }
}
