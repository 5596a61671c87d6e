package org.cakebench.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one dataset's trial files as parsed, kept beside the raw data in {@code
 * .trials-<dataset>.bin}, so that the next build takes an unchanged file's rows without parsing its
 * CSV again: at 100 models the decisions are 200 MB of text, and parsing them was most of a build's
 * reading. A file is known by its name, size and CRC-32C; one that changed in any way is parsed
 * anew. Like {@link FileHashes}, the record is a cache: a missing, damaged or outdated one, or one
 * that cannot be written, only costs time.
 *
 * <p>The record holds each distinct text once (observer ids, image names, labels, conditions) and,
 * per file, a column of references into it per field: image names repeat across the observers of a
 * dataset. Labels are kept as written, so that the record survives changes to the registry.
 */
final class TrialFileCache {
  /** The record's name for a dataset is this prefix, the dataset's name and {@code .bin}. */
  static final String PREFIX = ".trials-";

  // "cakebench trials": a file that does not start so is not a record.
  private static final long MAGIC = 0x63616b6574726961L;
  // Bump when TrialCsvReader reads a row differently: older records are then ignored.
  private static final int VERSION = 1;

  private final Path record;
  private final List<String> texts = new ArrayList<>();
  private final Map<String, Integer> refs = new HashMap<>();
  private final Map<String, Rows> recorded = new HashMap<>();
  private final Map<String, Rows> read = new LinkedHashMap<>();
  private String[] imageIds = new String[0];
  private @Nullable Category[] categories = new Category[0];

  /** A file's rows: its identity and, per row, references into the texts. */
  private record Rows(
      long bytes,
      long crc32c,
      boolean synthetic,
      int[] observer,
      int[] imageName,
      int[] response,
      int[] category,
      int[] condition,
      int[] line) {
    int size() {
      return line.length;
    }
  }

  private TrialFileCache(Path record) {
    this.record = record;
  }

  /** The record of {@code dataset} under {@code rawDataDir} (empty when there is none to use). */
  static TrialFileCache load(Path rawDataDir, Dataset dataset) {
    TrialFileCache cache = new TrialFileCache(rawDataDir.resolve(PREFIX + dataset.name() + ".bin"));
    try {
      cache.readRecord(ByteBuffer.wrap(Files.readAllBytes(cache.record)));
    } catch (NoSuchFileException e) {
      // the first build
    } catch (IOException | RuntimeException e) {
      // damaged, outdated or unreadable: every file is parsed again and the record rewritten
      cache.texts.clear();
      cache.refs.clear();
      cache.recorded.clear();
    }
    return cache;
  }

  /**
   * Gives {@code builder} the trials of {@code file}: the recorded rows when the file is unchanged,
   * else the rows {@link TrialCsvReader} parses (remembered for {@link #save}).
   */
  void addTo(DatasetTrialsBuilder builder, Path file) {
    String name = file.getFileName().toString();
    long bytes;
    long crc32c;
    try {
      bytes = Files.size(file);
      crc32c = ContentDigest.crc32c(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Rows rows = recorded.get(name);
    if (rows == null || rows.bytes() != bytes || rows.crc32c() != crc32c) {
      rows = parse(file, bytes, crc32c);
    }
    read.put(name, rows);
    for (int r = 0; r < rows.size(); r++) {
      builder.add(
          texts.get(rows.observer()[r]),
          imageId(rows.imageName()[r]),
          categories[rows.response()[r]],
          categories[rows.category()[r]],
          texts.get(rows.condition()[r]),
          file,
          rows.line()[r],
          rows.synthetic());
    }
  }

  /**
   * Writes the record of the files read since {@link #load} when any of them was parsed or one
   * recorded was not read again; false when it cannot be written.
   */
  boolean save() {
    if (recorded.keySet().equals(read.keySet())
        && read.entrySet().stream().allMatch(e -> recorded.get(e.getKey()) == e.getValue())) {
      return true;
    }
    try {
      AtomicFiles.write(record, out -> out.write(bytes()));
      return true;
    } catch (UncheckedIOException e) {
      return false; // a read-only data folder: the next build parses again
    }
  }

  private Rows parse(Path file, long bytes, long crc32c) {
    IntColumn observer = new IntColumn();
    IntColumn imageName = new IntColumn();
    IntColumn response = new IntColumn();
    IntColumn category = new IntColumn();
    IntColumn condition = new IntColumn();
    IntColumn line = new IntColumn();
    boolean[] synthetic = {false};
    TrialCsvReader.forEach(
        file,
        (t, at, isSynthetic) -> {
          observer.add(ref(t.observer()));
          imageName.add(ref(t.imageName()));
          response.add(ref(t.response() == null ? Category.NO_ANSWER : t.response().label()));
          category.add(ref(t.category().label()));
          condition.add(ref(t.condition()));
          line.add((int) at);
          synthetic[0] |= isSynthetic;
        });
    derive();
    return new Rows(
        bytes,
        crc32c,
        synthetic[0],
        observer.values(),
        imageName.values(),
        response.values(),
        category.values(),
        condition.values(),
        line.values());
  }

  private int ref(String text) {
    Integer ref = refs.get(text);
    if (ref == null) {
      ref = texts.size();
      texts.add(text);
      refs.put(text, ref);
    }
    return ref;
  }

  private String imageId(int ref) {
    String id = imageIds[ref];
    if (id == null) {
      id = ImageIds.of(texts.get(ref));
      imageIds[ref] = id;
    }
    return id;
  }

  /**
   * Sizes the derived columns to the texts and gives every text that names a category its category:
   * a recorded label the registry does not know makes the record unusable.
   */
  private void derive() {
    int known = categories.length;
    imageIds = Arrays.copyOf(imageIds, texts.size());
    categories = Arrays.copyOf(categories, texts.size());
    for (int i = known; i < texts.size(); i++) {
      categories[i] = Category.fromLabel(texts.get(i)).orElse(null);
    }
  }

  private void readRecord(ByteBuffer in) {
    if (in.getLong() != MAGIC || in.getInt() != VERSION) {
      throw new IllegalStateException("not a record of this version");
    }
    int count = in.getInt();
    for (int i = 0; i < count; i++) {
      ref(text(in));
    }
    derive();
    int files = in.getInt();
    for (int f = 0; f < files; f++) {
      String name = text(in);
      long bytes = in.getLong();
      long crc32c = in.getLong();
      boolean synthetic = in.get() != 0;
      int size = in.getInt();
      if (size < 0 || (long) size * Integer.BYTES * 6 > in.remaining()) {
        throw new BufferUnderflowException();
      }
      Rows rows =
          new Rows(
              bytes,
              crc32c,
              synthetic,
              column(in, size),
              column(in, size),
              column(in, size),
              column(in, size),
              column(in, size),
              column(in, size));
      for (int r = 0; r < size; r++) {
        boolean labelsKnown =
            (rows.response()[r] < count
                    && (categories[rows.response()[r]] != null
                        || texts.get(rows.response()[r]).equals(Category.NO_ANSWER)))
                && rows.category()[r] < count
                && categories[rows.category()[r]] != null;
        if (!labelsKnown
            || rows.observer()[r] >= count
            || rows.imageName()[r] >= count
            || rows.condition()[r] >= count) {
          throw new IllegalStateException("a row refers to a text the record lacks");
        }
      }
      recorded.put(name, rows);
    }
    if (in.hasRemaining()) {
      throw new IllegalStateException("trailing bytes");
    }
  }

  private byte[] bytes() {
    // Only the texts the files read still refer to, renumbered in order of first use.
    Map<Integer, Integer> renumbered = new HashMap<>();
    List<String> kept = new ArrayList<>();
    for (Rows rows : read.values()) {
      for (int[] column : textColumns(rows)) {
        for (int ref : column) {
          if (renumbered.putIfAbsent(ref, kept.size()) == null) {
            kept.add(texts.get(ref));
          }
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(kept.size());
      for (String text : kept) {
        writeText(out, text);
      }
      out.writeInt(read.size());
      for (Map.Entry<String, Rows> e : read.entrySet()) {
        Rows rows = e.getValue();
        writeText(out, e.getKey());
        out.writeLong(rows.bytes());
        out.writeLong(rows.crc32c());
        out.writeByte(rows.synthetic() ? 1 : 0);
        out.writeInt(rows.size());
        for (int[] column : textColumns(rows)) {
          for (int ref : column) {
            out.writeInt(renumbered.get(ref));
          }
        }
        for (int line : rows.line()) {
          out.writeInt(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  // The columns in the record's order; the line column follows them.
  private static List<int[]> textColumns(Rows rows) {
    return List.of(
        rows.observer(), rows.imageName(), rows.response(), rows.category(), rows.condition());
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  private static int[] column(ByteBuffer in, int size) {
    int[] values = new int[size];
    in.asIntBuffer().get(values);
    in.position(in.position() + size * Integer.BYTES);
    return values;
  }

  /** A growing column of ints. */
  private static final class IntColumn {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
