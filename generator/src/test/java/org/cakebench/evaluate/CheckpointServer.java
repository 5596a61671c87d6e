package org.cakebench.evaluate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP server that serves checkpoints the way their upstream hosts do, for the download
 * tests: plain files with HTTP ranges (download.pytorch.org), redirects to a content host
 * (Dropbox's {@code ?dl=1}, GitHub release assets), and Google Drive's confirmation step for large
 * files, both today's form on drive.usercontent.google.com (hidden fields id, export, confirm,
 * uuid) and the older download_warning cookie. It can cut a response off half-way, or answer an
 * error, once per path; every request is logged ({@code "GET /path?query"} plus {@code " Range:
 * ..."}).
 */
final class CheckpointServer implements AutoCloseable {
  /** The two shapes of Google Drive's "can't scan this file for viruses" step. */
  enum DriveConfirmation {
    FORM,
    COOKIE
  }

  private final HttpServer server;
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Path> drive = new ConcurrentHashMap<>();
  private final Map<String, DriveConfirmation> driveStyle = new ConcurrentHashMap<>();
  private final Map<String, Integer> failOnce = new ConcurrentHashMap<>();
  private final Set<String> cutOnce = ConcurrentHashMap.newKeySet();
  private final Map<String, String> tokens = new HashMap<>();
  private final List<String> log = new ArrayList<>();

  private CheckpointServer(HttpServer server) {
    this.server = server;
  }

  /** A server on a free port of 127.0.0.1. */
  static CheckpointServer start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      CheckpointServer s = new CheckpointServer(http);
      http.createContext("/", s::handle);
      http.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of {@code pathAndQuery} on this server. */
  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  /** Serves {@code file} at {@code path} (the query is ignored, as Dropbox ignores {@code dl}). */
  CheckpointServer file(String path, Path file) {
    files.put(path, file);
    return this;
  }

  /** Answers {@code path} with a redirect to {@code target} (a path on this server). */
  CheckpointServer redirect(String path, String target) {
    redirects.put(path, target);
    return this;
  }

  /** Answers {@code path} with the HTML page {@code html}, as a host that lost the file does. */
  CheckpointServer page(String path, String html) {
    pages.put(path, html);
    return this;
  }

  /** Serves {@code file} as the Google Drive file {@code id}, behind its confirmation step. */
  CheckpointServer driveFile(String id, Path file, DriveConfirmation style) {
    drive.put(id, file);
    driveStyle.put(id, style);
    return this;
  }

  /** The first request of {@code path} gets half of its bytes and a closed connection. */
  CheckpointServer cutOnce(String path) {
    cutOnce.add(path);
    return this;
  }

  /** The first request of {@code path} is answered with {@code status}. */
  CheckpointServer failOnce(String path, int status) {
    failOnce.put(path, status);
    return this;
  }

  /** The requests so far, in order. */
  synchronized List<String> requests() {
    return List.copyOf(log);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String path = uri.getPath();
      String range = exchange.getRequestHeaders().getFirst("Range");
      synchronized (this) {
        log.add(
            exchange.getRequestMethod()
                + " "
                + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (range == null ? "" : " Range: " + range));
      }
      Integer status = failOnce.remove(path);
      if (status != null) {
        exchange.sendResponseHeaders(status, -1);
      } else if (redirects.containsKey(path)) {
        exchange.getResponseHeaders().set("Location", url(redirects.get(path)));
        exchange.sendResponseHeaders(302, -1);
      } else if (pages.containsKey(path)) {
        html(exchange, pages.get(path));
      } else if (files.containsKey(path)) {
        send(exchange, files.get(path), range, cutOnce.remove(path));
      } else if (path.equals("/uc") || path.equals("/download")) {
        driveAnswer(exchange, query(uri), range);
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private void driveAnswer(HttpExchange exchange, Map<String, String> query, String range)
      throws IOException {
    String id = query.getOrDefault("id", "");
    Path file = drive.get(id);
    if (file == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    String confirm = query.get("confirm");
    boolean confirmed =
        switch (driveStyle.get(id)) {
          case FORM -> "t".equals(confirm) && tokenOf(id).equals(query.get("uuid"));
          case COOKIE -> tokenOf(id).equals(confirm);
        };
    if (confirmed) {
      send(exchange, file, range, false);
    } else if (driveStyle.get(id) == DriveConfirmation.FORM
        && exchange.getRequestURI().getPath().equals("/uc")) {
      // drive.google.com/uc sends the browser on to drive.usercontent.google.com/download
      exchange.getResponseHeaders().set("Location", url("/download?id=" + id + "&export=download"));
      exchange.sendResponseHeaders(303, -1);
    } else if (driveStyle.get(id) == DriveConfirmation.FORM) {
      html(exchange, formPage(id));
    } else {
      exchange
          .getResponseHeaders()
          .add("Set-Cookie", "download_warning_13058=" + tokenOf(id) + "; Path=/");
      html(exchange, cookiePage(id));
    }
  }

  private synchronized String tokenOf(String id) {
    return tokens.computeIfAbsent(id, k -> UUID.randomUUID().toString());
  }

  private String formPage(String id) {
    return "<!DOCTYPE html><html><head><title>Google Drive - Virus scan warning</title></head><body>"
        + "<div class=\"uc-main\"><p class=\"uc-warning-caption\">Google Drive can't scan this file"
        + " for viruses.</p><form id=\"download-form\" action=\""
        + url("/download")
        + "\" method=\"get\"><input type=\"submit\" id=\"uc-download-link\" value=\"Download"
        + " anyway\"/><input type=\"hidden\" name=\"id\" value=\""
        + id
        + "\"><input type=\"hidden\" name=\"export\" value=\"download\"><input type=\"hidden\""
        + " name=\"confirm\" value=\"t\"><input type=\"hidden\" name=\"uuid\" value=\""
        + tokenOf(id)
        + "\"></form></div></body></html>";
  }

  private String cookiePage(String id) {
    return "<html><body><p>Google Drive can't scan this file for viruses.</p><a"
        + " id=\"uc-download-link\" href=\"/uc?export=download&amp;confirm="
        + tokenOf(id)
        + "&amp;id="
        + id
        + "\">Download anyway</a></body></html>";
  }

  private static void html(HttpExchange exchange, String page) throws IOException {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void send(HttpExchange exchange, Path file, String range, boolean cut)
      throws IOException {
    long size = Files.size(file);
    long start = 0;
    if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
      start = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
      if (start >= size) {
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      exchange
          .getResponseHeaders()
          .set("Content-Range", "bytes " + start + "-" + (size - 1) + "/" + size);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(start > 0 ? 206 : 200, size - start);
    long send = cut ? (size - start) / 2 : size - start;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(start);
      OutputStream out = exchange.getResponseBody();
      byte[] buffer = new byte[1 << 16];
      long left = send;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        out.write(buffer, 0, n);
        left -= n;
      }
      out.flush();
    }
    if (cut) {
      // closing a fixed-length response early drops the connection, as a network failure would
      throw new IOException("cut off after " + send + " of " + (size - start) + " bytes");
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              pair.substring(0, eq),
              java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }
}
