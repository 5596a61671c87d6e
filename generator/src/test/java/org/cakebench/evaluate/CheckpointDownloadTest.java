package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cakebench.evaluate.CheckpointServer.DriveConfirmation;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/checkpoint_download.py}, the download code behind {@code export_torchscript.py all},
 * against a local server that behaves as the weights' hosts do. It needs the Python standard
 * library alone, so it runs wherever a python3 is, with or without torch.
 */
@Needs(Requirement.PYTHON)
@Tag("slow")
class CheckpointDownloadTest {
  private static final String DOWNLOAD =
      PythonTools.TOOLS.resolve("checkpoint_download.py").toString();
  private static Path python;

  @TempDir Path work;
  private CheckpointServer server;
  private Path file;

  @BeforeAll
  static void findPython() {
    python = PythonTools.requirePython();
  }

  @BeforeEach
  void startServer() throws IOException {
    server = CheckpointServer.start();
    byte[] bytes = new byte[3_000_000];
    new Random(7).nextBytes(bytes);
    file = Files.write(work.resolve("served.pth"), bytes);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aDownloadCutOffHalfWayResumesFromWhereItStopped() throws IOException {
    server.file("/models/cut.pth", file).cutOnce("/models/cut.pth");
    PythonTools.Result result = download("/models/cut.pth");

    PythonTools.assertSucceeds(result);
    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
    assertThat(work.resolve("out.pth.part")).doesNotExist();
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1)).isEqualTo("GET /models/cut.pth Range: bytes=1500000-");
    assertThat(result.output()).contains("retrying").contains("resumed at 1.5 MB");
  }

  @Test
  void aPartialFileLongerThanTheFileIsDiscardedAndTheDownloadStartsOver() throws IOException {
    server.file("/models/changed.pth", file);
    Files.write(work.resolve("out.pth.part"), new byte[4_000_000]);
    PythonTools.assertSucceeds(download("/models/changed.pth"));
    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
    assertThat(server.requests())
        .containsExactly(
            "GET /models/changed.pth Range: bytes=4000000-", "GET /models/changed.pth");
  }

  @Test
  void aServerErrorIsRetriedAndANotFoundIsNot() {
    server.file("/flaky.pth", file).failOnce("/flaky.pth", 503);
    PythonTools.assertSucceeds(download("/flaky.pth"));
    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
    assertThat(server.requests()).containsExactly("GET /flaky.pth", "GET /flaky.pth");

    PythonTools.Result missing = download("/missing.pth");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.output()).contains("/missing.pth: HTTP 404").doesNotContain("retrying");
  }

  @Test
  void dropboxAndGithubRedirectsAreFollowed() {
    server
        .redirect("/sh/87d24jqsl6ra7t2/AACcsSIt1_Njv7GsmsuzZ6Sta/InsDis.pth", "/content/InsDis.pth")
        .file("/content/InsDis.pth", file);
    PythonTools.assertSucceeds(
        download("/sh/87d24jqsl6ra7t2/AACcsSIt1_Njv7GsmsuzZ6Sta/InsDis.pth?dl=1"));
    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
  }

  @Test
  void googleDrivesConfirmationFormIsSubmitted() {
    server.driveFile("1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE", file, DriveConfirmation.FORM);
    PythonTools.assertSucceeds(
        download("/uc?export=download&id=1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE"));

    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
    List<String> requests = server.requests();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(1))
        .isEqualTo("GET /download?id=1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE&export=download");
    assertThat(requests.get(2))
        .startsWith(
            "GET /download?id=1a6IO4xhWy8cdyAuWv0BxSONz7lMcKbZE&export=download&confirm=t&uuid=");
  }

  @Test
  void googleDrivesOlderDownloadWarningCookieIsAnswered() {
    server.driveFile("1zI-5gdNDxK5gRiNUgbgx0RXqyDwxwWEQ", file, DriveConfirmation.COOKIE);
    PythonTools.assertSucceeds(
        download("/uc?export=download&id=1zI-5gdNDxK5gRiNUgbgx0RXqyDwxwWEQ"));

    assertThat(work.resolve("out.pth")).hasSameBinaryContentAs(file);
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1))
        .contains("confirm=")
        .contains("id=1zI-5gdNDxK5gRiNUgbgx0RXqyDwxwWEQ");
  }

  @Test
  void anHtmlPageWithoutAConfirmationIsAnErrorNotACheckpoint() {
    server.page(
        "/uc",
        "<html><body><p>Too many users have viewed or downloaded this file"
            + " recently.</p></body></html>");
    PythonTools.Result result =
        download("/uc?export=download&id=1Pipca9LMYWK_o3bjWDo88ZMdeT07EFNN");
    assertThat(result.exit()).isNotZero();
    assertThat(result.output()).contains("the server sent an HTML page, not the file");
    assertThat(work.resolve("out.pth")).doesNotExist();
  }

  private PythonTools.Result download(String pathAndQuery) {
    return PythonTools.run(
        python,
        List.of(DOWNLOAD, server.url(pathAndQuery), work.resolve("out.pth").toString()),
        Map.of("CAKEBENCH_RETRY_WAIT", "0.05"));
  }
}
