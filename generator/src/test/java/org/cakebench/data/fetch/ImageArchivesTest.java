package org.cakebench.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching release archives from a local HTTP server and a local mirror folder. */
class ImageArchivesTest {
  @TempDir Path stimuli;
  @TempDir Path mirror;
  private HttpServer server;
  private final Map<String, byte[]> served = new java.util.HashMap<>();
  private final List<String> log = new ArrayList<>();
  private final List<String> ranges = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger stallsLeft = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool()); // a stalled response blocks one thread
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String range = exchange.getRequestHeaders().getFirst("Range");
          ranges.add(range == null ? "none" : range);
          if (path.startsWith("/redirect/")) {
            exchange.getResponseHeaders().add("Location", "/files/" + path.substring(10));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
          }
          byte[] body = served.get(path.substring(path.lastIndexOf('/') + 1));
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          if (path.startsWith("/stall/") && stallsLeft.getAndDecrement() > 0) {
            // headers and half the body, then silence until the test ends
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            awaitRelease();
            exchange.close();
            return;
          }
          if (range != null && range.startsWith("bytes=")) {
            int from = Integer.parseInt(range.substring(6, range.length() - 1));
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-*");
            exchange.sendResponseHeaders(206, body.length - from);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body, from, body.length - from);
            }
            return;
          }
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    released.countDown();
    server.stop(0);
  }

  private void awaitRelease() {
    try {
      released.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Archives from {@code base} with a short stall timeout, one retry and no progress bar. */
  private ImageArchives archives(URI base) {
    return new ImageArchives(base, log::add, 1 << 20, Duration.ofMillis(500), 1, false);
  }

  private URI base(String prefix) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + prefix + "/");
  }

  @Test
  void downloadsFollowsRedirectsAndExtractsIntoTheDatasetFolder() throws IOException {
    served.put(
        "colour.tar.gz",
        ArchiveExtractorTest.tarGz(
            tar ->
                ArchiveExtractorTest.file(
                    tar,
                    "colour/dnn/session-1/0001_cl_dnn_cr_oven_40_n04111531_14126.png",
                    "png")));
    ImageArchives archives = archives(base("redirect"));
    assertThat(archives.fetch("colour", stimuli)).isTrue();
    assertThat(stimuli.resolve("colour/dnn/session-1/0001_cl_dnn_cr_oven_40_n04111531_14126.png"))
        .hasContent("png");
    assertThat(log).anySatisfy(line -> assertThat(line).contains("SHA-256"));
    // present datasets are not fetched again
    served.clear();
    assertThat(archives.fetch("colour", stimuli)).isFalse();
    assertOnlyDatasetFolders("colour");
  }

  @Test
  void aHostileArchiveLeavesNothingBehind() throws IOException {
    served.put(
        "rotation.tar.gz",
        ArchiveExtractorTest.tarGz(
            tar -> {
              ArchiveExtractorTest.file(tar, "rotation/ok.png", "png");
              ArchiveExtractorTest.file(tar, "rotation/../../escape.png", "png");
            }));
    ImageArchives archives = archives(base("files"));
    assertThatThrownBy(() -> archives.fetch("rotation", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("refusing entry");
    assertOnlyDatasetFolders();
    assertThat(stimuli.resolveSibling("escape.png")).doesNotExist();
  }

  @Test
  void aMissingArchiveIsAClearError() throws IOException {
    ImageArchives archives = archives(base("files"));
    assertThatThrownBy(() -> archives.fetch("contrast", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("contrast.tar.gz");
    assertThatThrownBy(() -> archives.fetch("no-such-dataset", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown dataset");
    assertOnlyDatasetFolders();
  }

  @Test
  void readsArchivesFromALocalMirrorFolder() throws IOException {
    Files.write(
        mirror.resolve("sketch.tar.gz"),
        ArchiveExtractorTest.tarGz(
            tar -> ArchiveExtractorTest.file(tar, "sketch/dnn/session-1/a.png", "png")));
    ImageArchives archives = archives(mirror.toUri());
    assertThat(archives.fetch("sketch", stimuli)).isTrue();
    assertThat(stimuli.resolve("sketch/dnn/session-1/a.png")).hasContent("png");
  }

  private static byte[] sketchArchive() throws IOException {
    // incompressible content, so that half the archive is a real part of it
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    return ArchiveExtractorTest.tarGz(
        tar ->
            ArchiveExtractorTest.file(
                tar, "sketch/dnn/session-1/a.png", new String(noise, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void aStalledDownloadFailsFastNamingTheStall() throws IOException {
    served.put("sketch.tar.gz", sketchArchive());
    stallsLeft.set(Integer.MAX_VALUE);
    long start = System.nanoTime();
    assertThatThrownBy(() -> archives(base("stall")).fetch("sketch", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sketch.tar.gz")
        .hasMessageContaining("stalled")
        .hasMessageContaining("2 attempts");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(ranges).hasSize(2);
    assertOnlyDatasetFolders();
  }

  @Test
  void aDownloadThatStallsOnceIsResumedWhereItStopped() throws IOException {
    byte[] archive = sketchArchive();
    served.put("sketch.tar.gz", archive);
    stallsLeft.set(1);
    assertThat(archives(base("stall")).fetch("sketch", stimuli)).isTrue();
    assertThat(stimuli.resolve("sketch/dnn/session-1/a.png")).exists();
    assertThat(ranges).containsExactly("none", "bytes=" + archive.length / 2 + "-");
    assertThat(log).anySatisfy(line -> assertThat(line).contains("retrying sketch.tar.gz"));
  }

  /** The dataset folders {@code names} and nothing else (but the lock files, which stay). */
  private void assertOnlyDatasetFolders(String... names) throws IOException {
    try (Stream<Path> list = Files.list(stimuli)) {
      assertThat(list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
          .containsExactlyInAnyOrder(names);
    }
  }

  @Test
  void anArchiveHoldingOnlyALinkToItselfIsRefusedAndFetchedAgainNextTime() throws IOException {
    Files.write(
        mirror.resolve("colour.tar.gz"),
        ArchiveExtractorTest.tarGz(
            tar -> ArchiveExtractorTest.link(tar, "colour", ".", TarConstants.LF_SYMLINK)));
    ImageArchives archives = archives(mirror.toUri());
    assertThatThrownBy(() -> archives.fetch("colour", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("colour.tar.gz");
    assertThat(stimuli.resolve("colour")).doesNotExist();
    Files.write(
        mirror.resolve("colour.tar.gz"),
        ArchiveExtractorTest.tarGz(
            tar -> ArchiveExtractorTest.file(tar, "colour/dnn/session-1/a.png", "png")));
    assertThat(archives.fetch("colour", stimuli)).isTrue();
    assertThat(stimuli.resolve("colour/dnn/session-1/a.png")).hasContent("png");
  }

  @Test
  void anArchiveWithoutImagesIsNotADataset() throws IOException {
    Files.write(
        mirror.resolve("colour.tar.gz"),
        ArchiveExtractorTest.tarGz(tar -> ArchiveExtractorTest.file(tar, "colour/README", "hi")));
    assertThatThrownBy(() -> archives(mirror.toUri()).fetch("colour", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("colour.tar.gz: not a dataset")
        .hasMessageContaining("no image files");
    assertThat(stimuli.resolve("colour")).doesNotExist();
  }

  @Test
  void aLinkToItselfThatAnOlderVersionLeftIsReplacedByTheImages() throws IOException {
    Files.createSymbolicLink(stimuli.resolve("colour"), Path.of("."));
    Files.write(
        mirror.resolve("colour.tar.gz"),
        ArchiveExtractorTest.tarGz(
            tar -> ArchiveExtractorTest.file(tar, "colour/dnn/session-1/a.png", "png")));
    assertThat(archives(mirror.toUri()).fetch("colour", stimuli)).isTrue();
    assertThat(Files.isSymbolicLink(stimuli.resolve("colour"))).isFalse();
    assertThat(stimuli.resolve("colour/dnn/session-1/a.png")).hasContent("png");
  }

  @Test
  void whatAKilledFetchLeftIsRemovedByTheNextOne() throws IOException {
    String killed = ".sketch-0f8fad5b-d9cb-469f-a165-70867728950e";
    Files.createDirectories(stimuli.resolve(killed + "/sketch/dnn"));
    Files.writeString(stimuli.resolve(killed + ".tar.gz"), "half an archive");
    String otherDataset = ".colour-7c9e6679-7425-40de-944b-e07fc1f90ae7.tar.gz";
    Files.writeString(stimuli.resolve(otherDataset), "half an archive");
    Files.writeString(stimuli.resolve(".sketch-notes"), "not ours");
    Files.write(
        mirror.resolve("sketch.tar.gz"),
        ArchiveExtractorTest.tarGz(
            tar -> ArchiveExtractorTest.file(tar, "sketch/dnn/session-1/a.png", "png")));
    assertThat(archives(mirror.toUri()).fetch("sketch", stimuli)).isTrue();
    assertThat(stimuli.resolve(killed)).doesNotExist();
    assertThat(stimuli.resolve(killed + ".tar.gz")).doesNotExist();
    assertThat(stimuli.resolve(otherDataset)).doesNotExist();
    assertThat(stimuli.resolve(".sketch-notes")).hasContent("not ours");
  }
}
