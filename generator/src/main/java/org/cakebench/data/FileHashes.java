package org.cakebench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of the files in a folder, remembered in {@value #FILE_NAME} with each file's size and
 * CRC-32C, so that the next build computes only the CRC-32C of a file whose content is unchanged (a
 * CPU instruction per word; SHA-256 runs about ten times slower under the launcher's quick
 * compiler, and at 100 models the decisions are 200 MB). A file whose content changed in any way is
 * hashed anew. The record is a cache: one that is missing, damaged or cannot be written only costs
 * time.
 */
public final class FileHashes {
  /** The record's name in the folder. */
  public static final String FILE_NAME = ".sha256.tsv";

  private final Path folder;
  private final Map<String, Entry> known = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private record Entry(long bytes, long crc32c, String sha256) {}

  private FileHashes(Path folder) {
    this.folder = folder;
  }

  /** The hashes recorded in {@code folder} (none when there is no readable record). */
  public static FileHashes load(Path folder) {
    FileHashes hashes = new FileHashes(folder);
    try {
      for (String line : Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 4) {
          hashes.known.put(
              f[0], new Entry(Long.parseLong(f[1]), Long.parseUnsignedLong(f[2], 16), f[3]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      hashes.known.clear(); // no record yet, or a damaged one: every file is hashed again
    }
    return hashes;
  }

  /** {@code files} with the SHA-256 of each, hashed on all cores where the record lacks it. */
  public List<DecisionFile> hash(List<DecisionFile> files) {
    return files.parallelStream().map(f -> f.withSha256(sha256(f.file()))).toList();
  }

  /** The SHA-256 of {@code file} in lower-case hex. */
  public String sha256(Path file) {
    String key = key(file);
    try {
      long bytes = Files.size(file);
      Entry entry = known.get(key);
      if (entry != null && entry.bytes() == bytes && entry.crc32c() == ContentDigest.crc32c(file)) {
        return entry.sha256();
      }
      ContentDigest digest = ContentDigest.of(file);
      Entry fresh = new Entry(bytes, digest.crc32c(), digest.sha256());
      known.put(key, fresh);
      changed = true;
      return fresh.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes the record if anything was hashed anew; false when it cannot be written. */
  public boolean save() {
    if (!changed) {
      return true;
    }
    StringBuilder text = new StringBuilder();
    new TreeMap<>(known)
        .forEach(
            (path, e) ->
                text.append(path)
                    .append('\t')
                    .append(e.bytes())
                    .append('\t')
                    .append(Long.toHexString(e.crc32c()))
                    .append('\t')
                    .append(e.sha256())
                    .append('\n'));
    try {
      AtomicFiles.writeString(folder.resolve(FILE_NAME), text.toString());
      changed = false;
      return true;
    } catch (UncheckedIOException e) {
      return false; // a read-only data folder: the next build hashes again
    }
  }

  private String key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = folder.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
