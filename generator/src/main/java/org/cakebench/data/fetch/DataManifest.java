package org.cakebench.data.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cakebench.data.InvalidInputException;

/**
 * Reads a data manifest: a TSV with the header {@code path bytes sha256 upstream}, one file per
 * line. The project bundles the manifest of the published data; {@code --manifest} can name
 * another.
 */
public final class DataManifest {
  private static final String BUNDLED = "/org/cakebench/data/data-manifest.tsv";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private DataManifest() {}

  /** The manifest of the published data that comes with the project. */
  public static List<ManifestEntry> bundled() {
    try (InputStream in = DataManifest.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled manifest " + BUNDLED + " is missing from the build");
      }
      return parse(in, Path.of("bundled data-manifest.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the manifest {@code file}. */
  public static List<ManifestEntry> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses manifest text; {@code source} names it in error messages. */
  static List<ManifestEntry> parse(InputStream in, Path source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.strip().equals("path\tbytes\tsha256\tupstream")) {
      throw new InvalidInputException(
          source, 1, "expected the header 'path<TAB>bytes<TAB>sha256<TAB>upstream'");
    }
    List<ManifestEntry> entries = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new InvalidInputException(
            source, number, "expected 4 tab-separated fields, found " + f.length);
      }
      ManifestEntry entry = new ManifestEntry(f[0], parseSize(source, number, f[1]), f[2], f[3]);
      check(source, number, entry);
      if (!paths.add(entry.path())) {
        throw new InvalidInputException(source, number, "path listed twice: " + entry.path());
      }
      entries.add(entry);
    }
    return entries;
  }

  private static long parseSize(Path source, int line, String text) {
    try {
      long size = Long.parseLong(text);
      if (size < 0) {
        throw new NumberFormatException();
      }
      return size;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(source, line, "bytes is not a size: '" + text + "'");
    }
  }

  private static void check(Path source, int line, ManifestEntry e) {
    Path p = Path.of(e.path()).normalize();
    if (e.path().isEmpty()
        || p.isAbsolute()
        || p.startsWith("..")
        || !p.toString().equals(e.path())) {
      throw new InvalidInputException(
          source, line, "path must be relative and inside the data folder: '" + e.path() + "'");
    }
    if (!SHA256.matcher(e.sha256()).matches()) {
      throw new InvalidInputException(source, line, "sha256 must be 64 lower-case hex digits");
    }
    if (!e.derived()
        && !e.upstream().startsWith("https://")
        && !e.upstream().startsWith("http://")) {
      throw new InvalidInputException(source, line, "upstream must be an http(s) URL or 'derived'");
    }
  }
}
