package org.cakebench.data.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.IoErrors;

/**
 * Extracts a {@code .tar.gz} archive into an empty folder, refusing anything that could reach
 * outside it: absolute paths, {@code ..} segments, entries written through a symbolic link,
 * symbolic or hard links whose target lies outside, device files and FIFOs. It also stops an
 * archive that expands beyond a size limit. On refusal it throws {@link InvalidInputException}
 * naming the archive and entry; what was extracted so far stays for the caller to delete.
 */
public final class ArchiveExtractor {
  /** Default limit on the extracted bytes (the largest model-vs-human archive is far smaller). */
  public static final long DEFAULT_MAX_BYTES = 32L << 30;

  private final String archiveName;
  private final long maxBytes;

  /** An extractor whose errors name {@code archiveName} and that stops after {@code maxBytes}. */
  public ArchiveExtractor(String archiveName, long maxBytes) {
    this.archiveName = archiveName;
    this.maxBytes = maxBytes;
  }

  /**
   * Extracts the gzip-compressed tar stream {@code in} into the empty folder {@code target}. A
   * failure names the archive, the entry and the reason (a full disk, a name too long for the file
   * system, a damaged header).
   */
  public int extractTarGz(InputStream in, Path target) {
    String at = "its start";
    try {
      Files.createDirectories(target);
      Path root = target.toRealPath();
      int entries = 0;
      long bytes = 0;
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(in)))) {
        for (TarArchiveEntry entry = tar.getNextEntry();
            entry != null;
            entry = tar.getNextEntry()) {
          at = "entry '" + entry.getName() + "'";
          bytes += extract(tar, entry, root, maxBytes - bytes);
          entries++;
          at = "the header after entry '" + entry.getName() + "'";
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot extract " + archiveName + ", " + at + ": " + IoErrors.reason(e), e);
    }
  }

  private long extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root, long budget)
      throws IOException {
    String name = entry.getName();
    if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
      throw refuse(name, "device files and FIFOs are not allowed");
    }
    if (entry.isSparse()) {
      throw refuse(name, "sparse files are not supported");
    }
    Path dest = inside(root, name, name);
    if (entry.isDirectory()) {
      createDirectories(root, dest, name);
      return 0;
    }
    Path parent = dest.getParent();
    createDirectories(root, parent, name);
    if (Files.isSymbolicLink(dest) || Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(name, "it would replace a link or folder extracted before");
    }
    if (entry.isSymbolicLink()) {
      // Only links that go down from where they are: relative, no "..". Following such links
      // from inside the folder can never leave it.
      String link = entry.getLinkName();
      if (link.isEmpty() || isAbsolute(link)) {
        throw refuse(name, "symbolic link to an absolute path '" + link + "'");
      }
      for (String segment : link.split("[/\\\\]")) {
        if (segment.equals("..")) {
          throw refuse(name, "symbolic link '" + link + "' may point outside the archive");
        }
      }
      if (Path.of(link).normalize().toString().isEmpty()) {
        // "." and the like: the folder it stands in, a loop for whoever follows links
        throw refuse(name, "symbolic link '" + link + "' points at its own folder");
      }
      Files.createSymbolicLink(dest, Path.of(link));
      return 0;
    }
    if (entry.isLink()) {
      // A hard link names another entry of the archive; copy that file instead of linking.
      Path source = inside(root, entry.getLinkName(), name);
      checkReal(root, source, name);
      if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
        throw refuse(name, "hard link to '" + entry.getLinkName() + "', not an extracted file");
      }
      long size = Files.size(source);
      if (size > budget) {
        throw refuse(name, "the archive expands beyond " + maxBytes + " bytes");
      }
      Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
      return size;
    }
    if (!entry.isFile()) {
      throw refuse(name, "unsupported entry type");
    }
    long written = 0;
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out =
        Files.newOutputStream(
            dest,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      for (int n = tar.read(buffer); n >= 0; n = tar.read(buffer)) {
        written += n;
        if (written > budget) {
          throw refuse(name, "the archive expands beyond " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  /** {@code name} resolved under {@code root}, refused if absolute or escaping via {@code ..}. */
  private Path inside(Path root, String name, String entry) {
    if (name.isEmpty() || isAbsolute(name)) {
      throw refuse(entry, "absolute path '" + name + "'");
    }
    for (String segment : name.split("[/\\\\]")) {
      if (segment.equals("..")) {
        throw refuse(entry, "path '" + name + "' climbs out with '..'");
      }
    }
    Path resolved = root.resolve(name).normalize();
    if (!resolved.startsWith(root)) {
      throw refuse(entry, "path '" + name + "' lies outside the target folder");
    }
    return resolved;
  }

  /** Creates {@code dir}, refusing when an existing part of it leads outside {@code root}. */
  private void createDirectories(Path root, Path dir, String entry) throws IOException {
    Path existing = dir;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || !realPath(existing, entry).startsWith(root)) {
      throw refuse(entry, "it would be written through a link that leads outside");
    }
    Files.createDirectories(dir);
    checkReal(root, dir, entry);
  }

  /** Refuses when following links from {@code path} leaves {@code root}. */
  private void checkReal(Path root, Path path, String entry) throws IOException {
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !realPath(path, entry).startsWith(root)) {
      throw refuse(entry, "it would be written through a link that leads outside");
    }
  }

  private Path realPath(Path path, String entry) throws IOException {
    try {
      return path.toRealPath();
    } catch (NoSuchFileException e) {
      throw refuse(entry, "it would be written through a dangling link");
    }
  }

  private static boolean isAbsolute(String name) {
    return name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
  }

  private InvalidInputException refuse(String entry, String why) {
    return new InvalidInputException(archiveName + ": refusing entry '" + entry + "': " + why);
  }
}
