package org.cakebench.site.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What the checks know about the whole site: the element ids of every page, the files already
 * written to the output folder and the files another step is still writing there.
 */
public final class SiteIndex {
  private final Map<String, Set<String>> idsByPage;
  private final Path outDir;
  private final Set<String> pending;

  /**
   * An index of pages (path relative to {@code outDir} to its ids) and files under {@code outDir}.
   */
  public SiteIndex(Map<String, Set<String>> idsByPage, Path outDir) {
    this(idsByPage, outDir, Set.of());
  }

  /**
   * As {@link #SiteIndex(Map, Path)}, with the files ({@code pending}, paths relative to {@code
   * outDir}) that a step running beside the checks will have written when the build succeeds. They
   * may not be there yet: a check may ask whether they exist, never read them.
   */
  public SiteIndex(Map<String, Set<String>> idsByPage, Path outDir, Set<String> pending) {
    this.idsByPage = Map.copyOf(idsByPage);
    this.outDir = outDir;
    this.pending = Set.copyOf(pending);
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

  /** Whether {@code path} is a page, a pending file or a regular file under the output folder. */
  public boolean exists(String path) {
    return isPage(path) || pending.contains(path) || Files.isRegularFile(outDir.resolve(path));
  }
}
