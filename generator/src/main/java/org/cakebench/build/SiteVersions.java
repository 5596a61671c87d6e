package org.cakebench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.IoErrors;
import org.cakebench.data.LockFile;
import org.jspecify.annotations.Nullable;

/**
 * The output folder as builds publish it: {@code <out>} is a symbolic link onto one complete site
 * in the hidden folder {@code .<out>.builds} beside it, so that a new site replaces the old one
 * with one rename of the link, which {@code kill -9} cannot cut in half. Browsers, web servers and
 * GitHub Pages' upload follow the link. The hidden folder holds only names this class makes:
 *
 * <ul>
 *   <li>{@code site-<millis>-<id>/}: complete sites; the one the link names is published, any other
 *       was superseded (kept until the next build starts) or never published;
 *   <li>{@code building-<id>/}: a build writing, guarded by {@code building-<id>.lock} while its
 *       process lives;
 *   <li>{@code link-<id>}: a link about to be renamed onto {@code <out>};
 *   <li>{@code publish.lock}: held by whoever creates, publishes or cleans up.
 * </ul>
 *
 * <p>Every method but {@link #checkReplaceable()} runs under {@code publish.lock}.
 */
final class SiteVersions {
  static final String MARKER = ".cakebench-site";
  private static final String SITE = "site-";
  private static final String BUILDING = "building-";
  private static final String LINK = "link-";
  private static final String LOCK = ".lock";

  private final Path target;
  private final Path builds;
  private final Pattern olderLeftovers;

  private SiteVersions(Path target) {
    this.target = target;
    String name = target.getFileName().toString();
    this.builds = target.resolveSibling("." + name + ".builds");
    // What versions before this layout left when killed: staging and old folders beside <out>.
    this.olderLeftovers = Pattern.compile("\\." + Pattern.quote(name) + "\\.(old\\.)?[0-9]+");
  }

  /** The versions of the output folder {@code target} (absolute). */
  static SiteVersions of(Path target) {
    return new SiteVersions(target);
  }

  /** The hidden folder of sites and builds. */
  Path builds() {
    return builds;
  }

  /** The lock every change to the output folder and the hidden folder holds. */
  Path publishLock() {
    return builds.resolve("publish" + LOCK);
  }

  /** The lock file guarding the build folder of {@code id}. */
  Path buildingLock(String id) {
    return builds.resolve(BUILDING + id + LOCK);
  }

  /**
   * Refuses an output that publishing must not replace: a file, a folder that cakebench did not
   * write (no {@value #MARKER}, not empty), a symbolic link cakebench did not make.
   */
  void checkReplaceable() {
    if (Files.isSymbolicLink(target)) {
      if (publishedSite().isEmpty()) {
        throw new InvalidInputException(
            target,
            "a symbolic link cakebench did not make (to "
                + readLink(target)
                + "); refusing to replace it, choose another --out");
      }
      return;
    }
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new InvalidInputException(target, "the output must be a folder, and this is a file");
    }
    if (!Files.exists(target.resolve(MARKER)) && !list(target).isEmpty()) {
      throw new InvalidInputException(
          target,
          "not a site written by cakebench build (no "
              + MARKER
              + "); refusing to replace it, choose another --out");
    }
  }

  /**
   * Brings the output into shape whatever an earlier run left: a folder written by an older
   * cakebench becomes a version behind the link; a missing link is put back onto the newest
   * complete site; leftovers of killed runs go (see {@link #removeLeftovers()}).
   */
  void recover() {
    checkReplaceable();
    try {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        // Two renames, the only time: killed between them, the next run relinks the moved site.
        Path moved = builds.resolve(siteName("migrated"));
        Files.move(target, moved, StandardCopyOption.ATOMIC_MOVE);
        swapLinkOnto(moved, "migrated");
      } else if (publishedSite().filter(Files::isDirectory).isEmpty()) {
        Optional<Path> newest = sites().stream().max(Comparator.comparing(Path::toString));
        if (newest.isPresent()) {
          swapLinkOnto(newest.get(), "recovered");
        } else {
          Files.deleteIfExists(target); // a link onto nothing
        }
      }
    } catch (IOException e) {
      throw failure("cannot restore the published site " + target, e);
    }
    removeLeftovers();
  }

  /**
   * Removes what earlier runs left and nothing else: sites the link does not name, build folders
   * whose lock is free (their process died), stray links and lock files, and the hidden staging and
   * old folders of versions before this layout (only with {@value #MARKER} inside).
   */
  void removeLeftovers() {
    Optional<Path> published = publishedSite();
    for (Path entry : list(builds)) {
      String name = entry.getFileName().toString();
      if (name.startsWith(SITE) && !published.map(entry::equals).orElse(false)) {
        deleteTree(entry);
      } else if (name.startsWith(LINK)) {
        delete(entry);
      } else if (name.startsWith(BUILDING) && name.endsWith(LOCK)) {
        removeIfAbandoned(entry);
      }
    }
    for (Path entry : list(target.getParent())) {
      if (olderLeftovers.matcher(entry.getFileName().toString()).matches()
          && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
          && Files.exists(entry.resolve(MARKER))) {
        deleteTree(entry);
      }
    }
  }

  /** Creates the empty build folder of {@code id}, marked as cakebench's. */
  Path newBuilding(String id) {
    Path building = builds.resolve(BUILDING + id);
    try {
      Files.createDirectory(building);
      Files.writeString(building.resolve(MARKER), "written by cakebench build\n");
      return building;
    } catch (IOException e) {
      throw failure("cannot create the build folder " + building, e);
    }
  }

  /**
   * Publishes the complete site in {@code building}: renames it to a site, then swaps the link onto
   * it in one rename.
   */
  void publish(Path building, String id) {
    checkReplaceable();
    Path site = builds.resolve(siteName(id));
    try {
      Files.move(building, site, StandardCopyOption.ATOMIC_MOVE);
      swapLinkOnto(site, id);
    } catch (IOException e) {
      throw failure("cannot publish the finished site to " + target, e);
    }
    // The superseded site stays until the next build: a reader that followed the link just
    // before the swap still finds its files (deleted now, about one look in a million failed).
  }

  /** Deletes {@code building}, the folder of a build that failed. */
  void discard(Path building) {
    deleteTree(building);
  }

  /** The site the link names, when the link is one cakebench made. */
  private Optional<Path> publishedSite() {
    if (!Files.isSymbolicLink(target)) {
      return Optional.empty();
    }
    Path link = readLink(target);
    boolean ours =
        link.getNameCount() == 2
            && !link.isAbsolute()
            && link.getName(0).equals(builds.getFileName())
            && link.getName(1).toString().startsWith(SITE);
    return ours ? Optional.of(builds.resolve(link.getName(1).toString())) : Optional.empty();
  }

  /** Points {@code <out>} at {@code site}: a new link, renamed over the old one. */
  private void swapLinkOnto(Path site, String id) throws IOException {
    Path link = builds.resolve(LINK + id);
    Files.deleteIfExists(link);
    // Relative, so that the project folder can move: resolved from <out>'s parent.
    Files.createSymbolicLink(link, target.getParent().relativize(site));
    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private void removeIfAbandoned(Path lockFile) {
    Optional<LockFile> lock = LockFile.tryAcquire(lockFile);
    if (lock.isEmpty()) {
      return; // its build is running
    }
    String name = lockFile.getFileName().toString();
    deleteTree(builds.resolve(name.substring(0, name.length() - LOCK.length())));
    lock.get().closeAndDelete();
  }

  private List<Path> sites() {
    List<Path> sites = new ArrayList<>();
    for (Path entry : list(builds)) {
      if (entry.getFileName().toString().startsWith(SITE)
          && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        sites.add(entry);
      }
    }
    return sites;
  }

  /** Names sort by age: the time in milliseconds has a fixed width. */
  private static String siteName(String id) {
    return SITE + String.format(Locale.ROOT, "%013d", System.currentTimeMillis()) + "-" + id;
  }

  private static Path readLink(Path link) {
    try {
      return Files.readSymbolicLink(link);
    } catch (IOException e) {
      throw failure("cannot read the link " + link, e);
    }
  }

  private static List<Path> list(@Nullable Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw failure("cannot list " + folder, e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw failure("cannot delete " + path, e);
    }
  }

  /** Deletes {@code root} and everything under it; links are removed, never followed. */
  static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw failure("cannot delete " + root, e);
    }
  }

  private static UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException(what + ": " + IoErrors.reason(e), e);
  }
}
