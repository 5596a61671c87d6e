package org.cakebench.site.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What the checks know about the whole site: the element ids of every page and the files already
 * written to the output folder.
 */
public final class SiteIndex {
  private final Map<String, Set<String>> idsByPage;
  private final Path outDir;

  /**
   * An index of pages (path relative to {@code outDir} to its ids) and files under {@code outDir}.
   */
  public SiteIndex(Map<String, Set<String>> idsByPage, Path outDir) {
    this.idsByPage = Map.copyOf(idsByPage);
    this.outDir = outDir;
  }

  /** Whether {@code path} (relative, normalised, with {@code /}) is one of the pages. */
  public boolean isPage(String path) {
    return idsByPage.containsKey(path);
  }

  /** The ids of a page; empty if it is not one. */
  public Set<String> ids(String page) {
    return idsByPage.getOrDefault(page, Set.of());
  }

  /** The file of {@code path} (relative, normalised) under the output folder. */
  public Path file(String path) {
    return outDir.resolve(path);
  }

  /** Whether {@code path} is a page or a regular file under the output folder. */
  public boolean exists(String path) {
    return isPage(path) || Files.isRegularFile(outDir.resolve(path));
  }
}
