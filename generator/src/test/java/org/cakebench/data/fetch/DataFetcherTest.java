package org.cakebench.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a local HTTP server started by the test. */
class DataFetcherTest {
  private static final byte[] GOOD =
      "subj,session\nresnet50,1\n".repeat(200).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  /** Paths whose first response breaks off after half the bytes. */
  private final Map<String, Boolean> breakOnce = new ConcurrentHashMap<>();

  /** What the server does before it answers a path. */
  private final Map<String, Runnable> beforeServing = new ConcurrentHashMap<>();

  /** Paths served without Range support: always the whole file with 200. */
  private final Map<String, Boolean> ignoreRange = new ConcurrentHashMap<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String range = exchange.getRequestHeaders().getFirst("Range");
    requests.add(path + (range == null ? "" : " " + range));
    beforeServing.getOrDefault(path, () -> {}).run();
    if (path.startsWith("/stall")) {
      exchange.sendResponseHeaders(200, GOOD.length);
      exchange.getResponseBody().write(GOOD, 0, 10);
      exchange.getResponseBody().flush();
      sleep(10_000);
      exchange.close();
      return;
    }
    byte[] body = files.get(path);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    int from = 0;
    if (range != null && !ignoreRange.containsKey(path)) {
      from = Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
      exchange
          .getResponseHeaders()
          .add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
      exchange.sendResponseHeaders(206, body.length - from);
    } else {
      exchange.sendResponseHeaders(200, body.length);
    }
    try (OutputStream out = exchange.getResponseBody()) {
      if (breakOnce.remove(path) != null) {
        out.write(body, from, (body.length - from) / 2);
        out.flush();
        exchange.getHttpContext().getServer(); // keep the exchange open, then drop the connection
        throw new IOException("connection dropped by the test server");
      }
      out.write(body, from, body.length - from);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ManifestEntry served(String path, byte[] body) {
    files.put("/" + path, body);
    return entry(path, body);
  }

  private ManifestEntry entry(String path, byte[] body) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    return new ManifestEntry(path, body.length, DigestUtils.sha256Hex(body), url);
  }

  private FetchReport fetch(List<ManifestEntry> entries, int retries) {
    FetchOptions options =
        new FetchOptions(
            dir, null, 4, Duration.ofSeconds(5), Duration.ofMillis(400), retries, false);
    return new DataFetcher(options).fetch(entries);
  }

  @Test
  void downloadsAndVerifiesAGoodFile() throws IOException {
    FetchReport report = fetch(List.of(served("raw-data/edge/good.csv", GOOD)), 0);
    assertThat(report.complete()).isTrue();
    assertThat(report.fetched()).isEqualTo(1);
    assertThat(Files.readAllBytes(dir.resolve("raw-data/edge/good.csv"))).isEqualTo(GOOD);
  }

  @Test
  void wrongChecksumFailsAndLeavesNoFile() {
    files.put("/bad.csv", GOOD);
    ManifestEntry wrong =
        new ManifestEntry(
            "bad.csv", GOOD.length, "0".repeat(64), entry("bad.csv", GOOD).upstream());
    FetchReport report = fetch(List.of(wrong), 2);
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("bad.csv");
              assertThat(f.reason()).contains("checksum mismatch");
            });
    assertThat(dir.resolve("bad.csv")).doesNotExist();
    assertThat(dir.resolve(".bad.csv.part")).doesNotExist();
    assertThat(requests).hasSize(1); // a wrong checksum is not retried
  }

  @Test
  void notFoundIsReportedWithoutRetrying() {
    FetchReport report = fetch(List.of(entry("missing.csv", GOOD)), 2);
    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("HTTP 404"));
    assertThat(requests).containsExactly("/missing.csv");
  }

  @Test
  void stalledDownloadTimesOutInsteadOfHanging() {
    long start = System.nanoTime();
    FetchReport report = fetch(List.of(entry("stall.csv", GOOD)), 0);
    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("stalled"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    assertThat(dir.resolve("stall.csv")).doesNotExist();
  }

  @Test
  void resumedRunKeepsVerifiedFilesAndContinuesAPartialDownload() throws IOException {
    ManifestEntry a = served("a.csv", GOOD);
    ManifestEntry b =
        served(
            "b.csv",
            (new String(GOOD, StandardCharsets.UTF_8) + "tail").getBytes(StandardCharsets.UTF_8));
    breakOnce.put("/b.csv", true);

    FetchReport first = fetch(List.of(a, b), 0);
    assertThat(first.fetched()).isEqualTo(1);
    assertThat(first.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("b.csv"));
    assertThat(dir.resolve("b.csv")).doesNotExist(); // never a half file in place
    long partial = Files.size(dir.resolve(".b.csv.part"));
    assertThat(partial).isPositive().isLessThan(b.bytes());

    requests.clear();
    FetchReport second = fetch(List.of(a, b), 0);
    assertThat(second.complete()).isTrue();
    assertThat(second.alreadyVerified()).isEqualTo(1);
    assertThat(requests).containsExactly("/b.csv bytes=" + partial + "-");
    assertThat(Files.size(dir.resolve("b.csv"))).isEqualTo(b.bytes());
  }

  @Test
  void copiesFromAMirrorAndCarriesDerivedTablesItself() throws IOException {
    Path mirror = Files.createDirectories(dir.resolve("mirror/raw-data"));
    Files.write(mirror.resolve("x.csv"), GOOD);
    byte[] mapping =
        DataFetcherTest.class
            .getResourceAsStream("/org/cakebench/data/mappings/imagenet-to-16-class.tsv")
            .readAllBytes();
    List<ManifestEntry> entries =
        List.of(
            new ManifestEntry(
                "raw-data/x.csv",
                GOOD.length,
                DigestUtils.sha256Hex(GOOD),
                "https://example.invalid/x.csv"),
            new ManifestEntry(
                "mappings/imagenet-to-16-class.tsv",
                mapping.length,
                DigestUtils.sha256Hex(mapping),
                "derived"));
    Path data = dir.resolve("data");
    FetchOptions options = FetchOptions.defaults(data, dir.resolve("mirror")).withoutProgress();
    FetchReport report = new DataFetcher(options).fetch(entries);
    assertThat(report.complete()).isTrue();
    assertThat(data.resolve("raw-data/x.csv")).hasBinaryContent(GOOD);
    assertThat(data.resolve("mappings/imagenet-to-16-class.tsv")).hasBinaryContent(mapping);
  }

  @Test
  void aSecondFetchIntoTheSameFolderIsRefusedWhileOneRuns() throws IOException {
    Files.createDirectories(dir);
    try (FileChannel channel =
            FileChannel.open(
                dir.resolve(".fetch.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      assertThatThrownBy(() -> fetch(List.of(served("a.csv", GOOD)), 0))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("another cakebench fetch is writing to this data folder");
      assertThat(requests).isEmpty();
    }
  }

  @Test
  void aFullDiskIsReportedForEveryFileAndLeavesNoPartialFiles() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs Linux's /dev/full, whose writes fail with ENOSPC");
    // Every write fails as on a full disk: each part file leads to /dev/full, and once the fetch
    // runs the record of verified files cannot be written either (a folder stands in its way).
    Files.createDirectories(dir);
    Files.createSymbolicLink(dir.resolve(".a.csv.part"), full);
    Files.createSymbolicLink(dir.resolve(".b.csv.part"), full);
    beforeServing.put("/a.csv", () -> createDirectories(dir.resolve(".verified.tsv/in-the-way")));

    FetchReport report = fetch(List.of(served("a.csv", GOOD), served("b.csv", GOOD)), 0);
    assertThat(report.failures())
        .extracting(FetchReport.Failure::path)
        .containsExactly(".verified.tsv", "a.csv", "b.csv");
    for (FetchReport.Failure f : report.failures().subList(1, 3)) {
      assertThat(f.reason())
          .isEqualTo(
              "cannot write "
                  + dir.resolve("." + f.path() + ".part")
                  + ": No space left on device");
    }
    assertThat(dir.resolve(".a.csv.part")).doesNotExist();
    assertThat(dir.resolve(".b.csv.part")).doesNotExist();
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void bundledManifestListsEverySharedFile() {
    List<ManifestEntry> bundled = DataManifest.bundled();
    assertThat(bundled).hasSize(1769);
    assertThat(bundled).filteredOn(ManifestEntry::derived).hasSize(2);
    assertThat(bundled).allSatisfy(e -> assertThat(e.sha256()).hasSize(64));
  }

  @Test
  void malformedManifestNamesFileAndLine() throws IOException {
    Path manifest = dir.resolve("m.tsv");
    Files.writeString(
        manifest,
        "path\tbytes\tsha256\tupstream\nraw-data/a.csv\tten\t" + "a".repeat(64) + "\tderived\n");
    assertThatThrownBy(() -> DataManifest.read(manifest))
        .hasMessageContaining(manifest + ":2:")
        .hasMessageContaining("bytes is not a size");
    Files.writeString(
        manifest, "path\tbytes\tsha256\tupstream\n../evil\t1\t" + "a".repeat(64) + "\tderived\n");
    assertThatThrownBy(() -> DataManifest.read(manifest))
        .hasMessageContaining("inside the data folder");
  }

  @Test
  void aStalledDownloadIsRetried() {
    FetchReport report = fetch(List.of(entry("stall.csv", GOOD)), 1);
    assertThat(report.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("stalled"));
    // the retry resumes after the 10 bytes the stalled attempt delivered
    assertThat(requests).containsExactly("/stall.csv", "/stall.csv bytes=10-");
  }

  @Test
  void aServerWithoutRangeSupportGetsTheWholeFileAgain() throws IOException {
    ManifestEntry b = served("b.csv", GOOD);
    Files.write(dir.resolve(".b.csv.part"), java.util.Arrays.copyOf(GOOD, 100));
    ignoreRange.put("/b.csv", true);
    FetchReport report = fetch(List.of(b), 0);
    assertThat(report.complete()).isTrue();
    assertThat(dir.resolve("b.csv")).hasBinaryContent(GOOD);
    assertThat(requests).containsExactly("/b.csv bytes=100-");
  }

  @Test
  void aStalePartFromAnotherVersionStartsOverOnce() throws IOException {
    ManifestEntry b = served("b.csv", GOOD);
    byte[] other = "something else entirely".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(".b.csv.part"), other);
    FetchReport report = fetch(List.of(b), 0);
    assertThat(report.complete()).isTrue();
    assertThat(dir.resolve("b.csv")).hasBinaryContent(GOOD);
    assertThat(requests).containsExactly("/b.csv bytes=" + other.length + "-", "/b.csv");
  }

  @Test
  void aCompletePartIsCheckedWithoutDownloadingAgain() throws IOException {
    ManifestEntry b = served("b.csv", GOOD);
    Files.write(dir.resolve(".b.csv.part"), GOOD);
    assertThat(fetch(List.of(b), 0).complete()).isTrue();
    assertThat(dir.resolve("b.csv")).hasBinaryContent(GOOD);
    assertThat(requests).isEmpty();
  }
}
