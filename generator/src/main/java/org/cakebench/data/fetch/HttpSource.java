package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Downloads from the entry's upstream URL (or any URL: image archives) with the JDK HTTP client,
 * resuming with a Range request.
 */
final class HttpSource implements Source {
  private final HttpClient client;
  private final Duration timeout;

  HttpSource(Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
  }

  @Override
  public Opened open(ManifestEntry entry, long offset) throws IOException {
    return open(URI.create(entry.upstream()), offset);
  }

  /** Opens {@code url} from byte {@code offset} on, as {@link #open(ManifestEntry, long)}. */
  Opened open(URI url, long offset) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "cakebench-fetch");
    if (offset > 0) {
      request.header("Range", "bytes=" + offset + "-");
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(
          "no response within " + timeout.toSeconds() + " s from " + url, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", false);
    } catch (IOException e) {
      throw new FetchException("cannot reach " + url + ": " + e, true);
    }
    int status = response.statusCode();
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (status == 206 && offset > 0) {
      return new Opened(response.body(), offset, length);
    }
    if (status == 200) {
      return new Opened(response.body(), 0, length);
    }
    response.body().close();
    boolean transient5xx = status >= 500 || status == 429;
    throw new FetchException("HTTP " + status + " from " + url, transient5xx);
  }
}
