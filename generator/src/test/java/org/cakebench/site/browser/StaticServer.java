package org.cakebench.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a built site from a folder under a sub-path (as GitHub Pages serves a project site, e.g.
 * {@code /cakebench/}) on a free local port; unknown paths get 404. JDK HttpServer, no library.
 */
final class StaticServer implements AutoCloseable {
  static final String PREFIX = "/cakebench/";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "json", "application/json",
          "csv", "text/csv; charset=utf-8");

  private final HttpServer server;
  private final Path root;

  StaticServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The site's base URL, ending in {@code /}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
    Path file = null;
    if (path.startsWith(PREFIX)) {
      String relative = path.substring(PREFIX.length());
      file = root.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
    }
    if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
      byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    exchange
        .getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    byte[] body = Files.readAllBytes(file);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
