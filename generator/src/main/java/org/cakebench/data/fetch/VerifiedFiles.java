package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.cakebench.data.AtomicFiles;
import org.jspecify.annotations.Nullable;

/**
 * Remembers which files of the data folder were verified, by size, modification time and SHA-256,
 * so that a rerun skips them without hashing 150 MB again. A file whose size or time changed is
 * hashed anew.
 */
final class VerifiedFiles {
  static final String FILE_NAME = ".verified.tsv";

  private final Path dataDir;
  private final Map<String, String> stamps = new ConcurrentHashMap<>();

  private VerifiedFiles(Path dataDir) {
    this.dataDir = dataDir;
  }

  static VerifiedFiles load(Path dataDir) {
    VerifiedFiles files = new VerifiedFiles(dataDir);
    try {
      for (String line : Files.readAllLines(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          files.stamps.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (NoSuchFileException e) {
      // first run: nothing verified yet
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Whether {@code entry} was verified and the file has not changed since. */
  boolean isCurrent(ManifestEntry entry) {
    String stamp = stamps.get(entry.path());
    return stamp != null && stamp.equals(stamp(entry));
  }

  /** Records that {@code entry}'s file now matches the manifest. */
  void markVerified(ManifestEntry entry) {
    String stamp = stamp(entry);
    if (stamp != null) {
      stamps.put(entry.path(), stamp);
    }
  }

  void save() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(stamps)
        .forEach((path, stamp) -> text.append(path).append('\t').append(stamp).append('\n'));
    AtomicFiles.writeString(dataDir.resolve(FILE_NAME), text.toString());
  }

  private @Nullable String stamp(ManifestEntry entry) {
    Path file = dataDir.resolve(entry.path());
    try {
      long size = Files.size(file);
      FileTime time = Files.getLastModifiedTime(file);
      return size + "\t" + time.toMillis() + "\t" + entry.sha256();
    } catch (IOException e) {
      return null;
    }
  }
}
