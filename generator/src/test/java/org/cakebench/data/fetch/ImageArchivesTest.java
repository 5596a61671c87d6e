package org.cakebench.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
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
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
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
    ImageArchives archives = new ImageArchives(base("redirect"), log::add, 1 << 20);
    assertThat(archives.fetchAll(List.of("colour"), stimuli)).containsExactly("colour");
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
    ImageArchives archives = new ImageArchives(base("files"), log::add, 1 << 20);
    assertThatThrownBy(() -> archives.fetch("rotation", stimuli))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("refusing entry");
    assertOnlyDatasetFolders();
    assertThat(stimuli.resolveSibling("escape.png")).doesNotExist();
  }

  @Test
  void aMissingArchiveIsAClearError() throws IOException {
    ImageArchives archives = new ImageArchives(base("files"), log::add, 1 << 20);
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
    ImageArchives archives = new ImageArchives(mirror.toUri(), log::add, 1 << 20);
    assertThat(archives.fetch("sketch", stimuli)).isTrue();
    assertThat(stimuli.resolve("sketch/dnn/session-1/a.png")).hasContent("png");
  }

  private void assertOnlyDatasetFolders(String... names) throws IOException {
    try (Stream<Path> list = Files.list(stimuli)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
    }
  }
}
