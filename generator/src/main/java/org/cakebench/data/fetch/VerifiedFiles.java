package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ContentDigest;

/**
 * Remembers which files of the data folder were verified against the manifest's SHA-256, with the
 * CRC-32C of the content that passed. A rerun reads every byte again but only computes the CRC-32C
 * (0.1 s for the 150 MB, where SHA-256 takes 1.3 s under the launcher's quick compiler); a file
 * whose content changed in any way, time stamps put back or not, is hashed with SHA-256 anew. A
 * CRC-32C catches corruption and edits, not a forger who aims for the same CRC; {@code fetch-data
 * --verify} hashes every file with SHA-256.
 */
final class VerifiedFiles {
  static final String FILE_NAME = ".verified.tsv";

  private final Path dataDir;
  private final Map<String, String> stamps = new ConcurrentHashMap<>();

  private VerifiedFiles(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** What earlier runs verified in {@code dataDir}. */
  static VerifiedFiles load(Path dataDir) {
    VerifiedFiles files = new VerifiedFiles(dataDir);
    try {
      for (String line : Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          files.stamps.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      // First run, or a record that cannot be read: every file is hashed again, and saving names
      // whatever stands in the way.
      files.stamps.clear();
    }
    return files;
  }

  /** Nothing verified yet: every file is hashed with SHA-256. */
  static VerifiedFiles none(Path dataDir) {
    return new VerifiedFiles(dataDir);
  }

  /** Whether {@code entry} was verified and the file's content is still the content that was. */
  boolean isCurrent(ManifestEntry entry) {
    String stamp = stamps.get(entry.path());
    if (stamp == null || !stamp.startsWith(entry.bytes() + "\t")) {
      return false; // lines of older versions (size, time, hash) never match
    }
    Path file = dataDir.resolve(entry.path());
    try {
      return Files.size(file) == entry.bytes()
          && stamp.equals(stamp(entry, ContentDigest.crc32c(file)));
    } catch (IOException e) {
      return false; // hashed again, which names the problem
    }
  }

  /** Records that {@code entry}'s file matches the manifest, its content having {@code crc32c}. */
  void markVerified(ManifestEntry entry, long crc32c) {
    stamps.put(entry.path(), stamp(entry, crc32c));
  }

  /** Writes the record; throws {@link UncheckedIOException} naming it when it cannot. */
  void save() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(stamps)
        .forEach((path, stamp) -> text.append(path).append('\t').append(stamp).append('\n'));
    AtomicFiles.writeString(dataDir.resolve(FILE_NAME), text.toString());
  }

  private static String stamp(ManifestEntry entry, long crc32c) {
    return entry.bytes()
        + "\t"
        + String.format(Locale.ROOT, "%08x", crc32c)
        + "\t"
        + entry.sha256();
  }
}
