package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;

/**
 * Fetches the image sets of model-vs-human's release ({@code <base>/<dataset>.tar.gz}, e.g.
 * https://github.com/bethgelab/model-vs-human/releases/download/v0.1/colour.tar.gz) into {@code
 * <stimuli>/<dataset>/}: download to a temporary file, safe extraction ({@link ArchiveExtractor})
 * into a temporary folder beside the target, then one rename, so an interrupted fetch leaves no
 * half-filled dataset folder. The base may be an {@code http(s)} URL or a {@code file:} folder (a
 * local mirror holding the same archives).
 */
public final class ImageArchives {
  /** model-vs-human's v0.1 release, where the 17 datasets' images are published. */
  public static final URI RELEASE =
      URI.create("https://github.com/bethgelab/model-vs-human/releases/download/v0.1/");

  private final URI base;
  private final Consumer<String> log;
  private final long maxBytes;
  private final HttpClient http;

  /** Fetches from {@code base} (ending in {@code /}), reporting each step to {@code log}. */
  public ImageArchives(URI base, Consumer<String> log, long maxBytes) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.log = log;
    this.maxBytes = maxBytes;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  /** Fetches from model-vs-human's release. */
  public static ImageArchives release(Consumer<String> log) {
    return new ImageArchives(RELEASE, log, ArchiveExtractor.DEFAULT_MAX_BYTES);
  }

  /** Fetches each dataset not yet under {@code stimuliDir}; returns those fetched. */
  public List<String> fetchAll(Collection<String> datasets, Path stimuliDir) {
    List<String> fetched = new ArrayList<>();
    for (String dataset : datasets) {
      if (fetch(dataset, stimuliDir)) {
        fetched.add(dataset);
      }
    }
    return fetched;
  }

  /**
   * Makes sure {@code <stimuliDir>/<dataset>} exists, fetching it if not; true when it was fetched.
   */
  public boolean fetch(String dataset, Path stimuliDir) {
    Datasets.require(dataset);
    Path target = stimuliDir.resolve(dataset);
    if (Files.isDirectory(target)) {
      return false;
    }
    URI source = base.resolve(dataset + ".tar.gz");
    String tag = "." + dataset + "-" + UUID.randomUUID();
    Path archive = stimuliDir.resolve(tag + ".tar.gz");
    Path staging = stimuliDir.resolve(tag);
    try {
      Files.createDirectories(stimuliDir);
      log.accept("downloading " + source);
      String sha256 = download(source, archive);
      log.accept(
          "extracting "
              + dataset
              + ".tar.gz ("
              + Files.size(archive)
              + " bytes, SHA-256 "
              + sha256
              + ")");
      try (InputStream in = Files.newInputStream(archive)) {
        new ArchiveExtractor(dataset + ".tar.gz", maxBytes).extractTarGz(in, staging);
      }
      // The release archives hold <dataset>/...; accept a bare layout too.
      Path top = staging.resolve(dataset);
      Path tree = Files.isDirectory(top) && onlyChild(staging, top) ? top : staging;
      Files.move(tree, target, StandardCopyOption.ATOMIC_MOVE);
      log.accept("images of " + dataset + " in " + target);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch " + source + " into " + target, e);
    } finally {
      deleteQuietly(archive);
      deleteQuietly(staging);
    }
  }

  private String download(URI source, Path file) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(open(source), sha256)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private InputStream open(URI source) throws IOException {
    if ("file".equals(source.getScheme())) {
      Path path = Path.of(source);
      if (!Files.isRegularFile(path)) {
        throw new InvalidInputException(path, "archive not found in the mirror");
      }
      return Files.newInputStream(path);
    }
    HttpRequest request =
        HttpRequest.newBuilder(source).timeout(Duration.ofMinutes(30)).GET().build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new InvalidInputException(
            "cannot download " + source + ": HTTP " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + source, e);
    }
  }

  private static boolean onlyChild(Path dir, Path child) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.allMatch(child::equals);
    }
  }

  private static void deleteQuietly(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      // deepest first; walk does not follow links, so a link is removed, not its target
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // leftovers are hidden (dot) names; a later fetch uses fresh ones
    }
  }
}
