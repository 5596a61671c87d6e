package org.cakebench.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cakebench.data.InvalidInputException;

/**
 * The Markdown files of {@code content/}, each rendered once: placeholders resolved, then converted
 * to sanitised HTML. A leading {@code # Title} line becomes the page title rather than a second h1.
 */
public final class Content {
  private final Path folder;
  private final Markdown markdown;
  private final Placeholders placeholders;
  private final Map<String, ContentDoc> cache = new ConcurrentHashMap<>();

  /** Content read from {@code folder}, rendered with {@code markdown} and {@code values}. */
  public Content(Path folder, Markdown markdown, PlaceholderValues values) {
    this.folder = folder;
    this.markdown = markdown;
    this.placeholders = new Placeholders(values::get);
  }

  /** The file {@code content/<name>.md}; it must exist. */
  public ContentDoc require(String name) {
    Path file = folder.resolve(name + ".md");
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file, "missing content file");
    }
    return cache.computeIfAbsent(name, n -> render(n, file));
  }

  /**
   * Renders every Markdown file of the folder except {@code README.md}, in parallel, so that pages
   * find them ready and a broken file fails the build even if no page uses it yet.
   */
  public void renderAll() {
    List<String> names;
    try (Stream<Path> files = Files.walk(folder)) {
      names =
          files
              .filter(p -> p.getFileName().toString().endsWith(".md"))
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .filter(n -> !n.equals("README.md"))
              .map(n -> n.substring(0, n.length() - ".md".length()))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    names.parallelStream().forEach(this::require);
  }

  /** Whether {@code content/<name>.md} exists. */
  public boolean exists(String name) {
    return Files.isRegularFile(folder.resolve(name + ".md"));
  }

  private ContentDoc render(String name, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String resolved = placeholders.resolve(text, file);
    String title = "";
    String body = resolved;
    String stripped = resolved.stripLeading();
    if (stripped.startsWith("# ")) {
      int end = stripped.indexOf('\n');
      title = (end < 0 ? stripped.substring(2) : stripped.substring(2, end)).strip();
      body = end < 0 ? "" : stripped.substring(end + 1);
      // Placeholder escapes are Markdown syntax; the title goes out as plain text.
      title = title.replaceAll("\\\\(\\p{Punct})", "$1");
    }
    return new ContentDoc(name, title, markdown.toHtml(body));
  }
}
