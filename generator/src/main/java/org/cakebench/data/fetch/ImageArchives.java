package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.IoErrors;
import org.cakebench.data.LockFile;
import org.cakebench.data.ProgressBars;
import org.jspecify.annotations.Nullable;

/**
 * Fetches the image sets of model-vs-human's release ({@code <base>/<dataset>.tar.gz}, e.g.
 * https://github.com/bethgelab/model-vs-human/releases/download/v0.1/colour.tar.gz) into {@code
 * <stimuli>/<dataset>/}: download to a temporary file (as the data fetch does: a transfer that
 * stops delivering bytes is abandoned after the timeout, transient failures are retried and
 * resumed, a progress bar shows on stderr), safe extraction ({@link ArchiveExtractor}) into a
 * temporary folder beside the target, then one rename, so an interrupted fetch leaves no
 * half-filled dataset folder. The base may be an {@code http(s)} URL or a {@code file:} folder (a
 * local mirror holding the same archives).
 */
public final class ImageArchives {
  /** model-vs-human's v0.1 release, where the 17 datasets' images are published. */
  public static final URI RELEASE =
      URI.create("https://github.com/bethgelab/model-vs-human/releases/download/v0.1/");

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  private static final int DEFAULT_RETRIES = 2;

  private final URI base;
  private final Consumer<String> log;
  private final long maxBytes;
  private final Duration timeout;
  private final int retries;
  private final boolean progress;
  private final HttpSource http;

  /**
   * Fetches from {@code base} (ending in {@code /}), reporting each step to {@code log}, with a
   * progress bar, a 20 s connect and stall timeout and 2 retries.
   */
  public ImageArchives(URI base, Consumer<String> log, long maxBytes) {
    this(base, log, maxBytes, DEFAULT_TIMEOUT, DEFAULT_RETRIES, true);
  }

  /**
   * Fetches from {@code base}; {@code timeout} bounds connecting, waiting for the response and any
   * pause in the data, {@code retries} further attempts follow a transient failure, and {@code
   * progress} shows a progress bar per archive on stderr.
   */
  public ImageArchives(
      URI base,
      Consumer<String> log,
      long maxBytes,
      Duration timeout,
      int retries,
      boolean progress) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.log = log;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.retries = retries;
    this.progress = progress;
    this.http = new HttpSource(timeout);
  }

  /** Fetches from model-vs-human's release. */
  public static ImageArchives release(Consumer<String> log) {
    return new ImageArchives(RELEASE, log, ArchiveExtractor.DEFAULT_MAX_BYTES);
  }

  /** Fetches from model-vs-human's release with these timeout, retries and progress settings. */
  public static ImageArchives release(
      Consumer<String> log, Duration timeout, int retries, boolean progress) {
    return new ImageArchives(
        RELEASE, log, ArchiveExtractor.DEFAULT_MAX_BYTES, timeout, retries, progress);
  }

  /**
   * Makes sure {@code <stimuliDir>/<dataset>} holds the dataset's images, fetching them if not;
   * true when they were fetched. A lock file keeps two fetches into one folder apart, so the one
   * holding it may remove what killed fetches left.
   */
  public boolean fetch(String dataset, Path stimuliDir) {
    Datasets.require(dataset);
    Path target = stimuliDir.resolve(dataset);
    try {
      Files.createDirectories(stimuliDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + stimuliDir + ": " + IoErrors.reason(e), e);
    }
    Path lockFile = stimuliDir.resolve(".fetch-images.lock");
    try (LockFile lock =
        LockFile.tryAcquire(lockFile)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        target,
                        "another cakebench fetch-data is fetching images into this folder ("
                            + LockFile.holderOf(lockFile)
                            + ")"))) {
      removeLeftovers(stimuliDir);
      if (present(target)) {
        return false;
      }
      fetchInto(dataset, stimuliDir, target);
      return true;
    }
  }

  /**
   * Whether {@code target} holds the dataset already. A link that is no usable dataset folder (an
   * older version made {@code colour -> .} of a hostile archive) is removed, just the link; a
   * folder is never deleted, but named with what is wrong with it.
   */
  private static boolean present(Path target) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String problem = DatasetFolder.problem(target);
    if (problem == null) {
      return true;
    }
    if (!Files.isSymbolicLink(target)) {
      throw new InvalidInputException(target, problem + "; remove it to fetch the images again");
    }
    try {
      Files.delete(target);
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove the broken link " + target + ": " + IoErrors.reason(e), e);
    }
  }

  private void fetchInto(String dataset, Path stimuliDir, Path target) {
    String name = dataset + ".tar.gz";
    URI source = base.resolve(name);
    String tag = "." + dataset + "-" + UUID.randomUUID();
    Path archive = stimuliDir.resolve(tag + ".tar.gz");
    Path staging = stimuliDir.resolve(tag);
    try {
      log.accept("downloading " + source);
      if ("file".equals(source.getScheme())) {
        copyFromMirror(Path.of(source), archive);
      } else {
        download(source, name, archive);
      }
      log.accept(
          "extracting "
              + name
              + " ("
              + Files.size(archive)
              + " bytes, SHA-256 "
              + new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(archive)
              + ")");
      try (InputStream in = Files.newInputStream(archive)) {
        new ArchiveExtractor(name, maxBytes).extractTarGz(in, staging);
      }
      // The release archives hold <dataset>/...; accept a bare layout too. Never a link: moving
      // a link would put the link in place, not the images.
      Path top = staging.resolve(dataset);
      Path tree =
          Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS) && onlyChild(staging, top)
              ? top
              : staging;
      String problem = DatasetFolder.problem(tree);
      if (problem != null) {
        throw new InvalidInputException(name + ": not a dataset: the extracted folder " + problem);
      }
      Files.move(tree, target, StandardCopyOption.ATOMIC_MOVE);
      log.accept("images of " + dataset + " in " + target);
    } catch (FetchException e) {
      throw new InvalidInputException("cannot download " + source + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot fetch " + source + " into " + target + ": " + IoErrors.reason(e), e);
    } finally {
      deleteQuietly(archive);
      deleteQuietly(staging);
    }
  }

  /** Removes the archives and folders that fetches killed midway left (names of {@link #fetch}). */
  private static void removeLeftovers(Path stimuliDir) {
    String names =
        Datasets.all().stream().map(d -> Pattern.quote(d.name())).collect(Collectors.joining("|"));
    Pattern leftover =
        Pattern.compile(
            "\\.(" + names + ")-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}" + "(\\.tar\\.gz)?");
    try (Stream<Path> list = Files.list(stimuliDir)) {
      list.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
          .forEach(ImageArchives::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + stimuliDir + ": " + IoErrors.reason(e), e);
    }
  }

  private static void copyFromMirror(Path path, Path archive) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(path, "archive not found in the mirror");
    }
    Files.copy(path, archive, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Downloads {@code source} into {@code file}, retrying and resuming after transient failures. */
  private void download(URI source, String name, Path file) throws IOException {
    try (StallWatch watch = new StallWatch(timeout);
        Progress bar = new Progress(name)) {
      for (int attempt = 0; ; attempt++) {
        try {
          downloadOnce(source, name, file, watch, bar);
          return;
        } catch (FetchException e) {
          if (!e.retryable() || attempt >= retries) {
            throw attempt == 0
                ? e
                : new FetchException(e.getMessage() + " (" + (attempt + 1) + " attempts)", false);
          }
          log.accept("retrying " + name + " after: " + e.getMessage());
          sleepBeforeRetry(attempt);
        }
      }
    }
  }

  private void downloadOnce(URI source, String name, Path file, StallWatch watch, Progress bar)
      throws IOException {
    long have = Files.exists(file) ? Files.size(file) : 0;
    Source.Opened opened = http.open(source, have);
    boolean append = have > 0 && opened.offset() == have;
    long written = append ? have : 0;
    long expected = opened.length() < 0 ? -1 : opened.offset() + opened.length();
    bar.start(expected, written);
    try (InputStream in = opened.stream();
        StallWatch.Transfer transfer = watch.watch(in, name);
        OutputStream out =
            Files.newOutputStream(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = transfer.read(buffer); n >= 0; n = transfer.read(buffer)) {
        written += n;
        if (written > maxBytes) {
          throw new FetchException("larger than " + maxBytes + " bytes", false);
        }
        out.write(buffer, 0, n);
        bar.step(n);
      }
    }
    if (expected >= 0 && written != expected) {
      // A short body is a broken transfer: the next attempt resumes from what arrived.
      throw new FetchException("got " + written + " of " + expected + " bytes", true);
    }
  }

  private static void sleepBeforeRetry(int attempt) {
    try {
      Thread.sleep(200L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A progress bar in MiB, started once the size is known; nothing when progress is off. */
  private final class Progress implements AutoCloseable {
    private final String name;
    private @Nullable ProgressBar bar;

    Progress(String name) {
      this.name = name;
    }

    void start(long size, long done) {
      if (!progress) {
        return;
      }
      if (bar == null) {
        bar = ProgressBars.create(name, size, " MiB", 1 << 20);
      } else if (size >= 0) {
        bar.maxHint(size);
      }
      bar.stepTo(done);
    }

    void step(long bytes) {
      if (bar != null) {
        bar.stepBy(bytes);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  private static boolean onlyChild(Path dir, Path child) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.allMatch(child::equals);
    }
  }

  private static void deleteQuietly(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      // deepest first; walk does not follow links, so a link is removed, not its target
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // hidden names; the next fetch removes them
    }
  }
}
