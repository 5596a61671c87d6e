package org.cakebench.site.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.data.InvalidInputException;

/**
 * Replaces {@code {{ name }}} in Markdown with values computed from the analyses, escaped so that
 * Markdown reads them as plain text. A backslash before the braces ({@code \{{ name }}}) leaves the
 * text as it is. An unknown name fails, naming the file and line.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(?<!\\\\)\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

  private static final Pattern UNESCAPED_OPEN = Pattern.compile("(?<![\\\\{])\\{\\{");

  private final Function<String, Optional<String>> values;

  /** Placeholders looked up in {@code values}. */
  public Placeholders(Function<String, Optional<String>> values) {
    this.values = values;
  }

  /** {@code markdown} (read from {@code file}) with every placeholder replaced. */
  public String resolve(String markdown, Path file) {
    StringBuilder out = new StringBuilder(markdown.length());
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      Matcher m = PLACEHOLDER.matcher(lines[i]);
      int line = i + 1;
      StringBuilder replaced = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value =
            values
                .apply(name)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            file,
                            line,
                            "unknown placeholder {{ "
                                + name
                                + " }}; see content/README.md for the names"));
        m.appendReplacement(replaced, Matcher.quoteReplacement(escape(value)));
      }
      m.appendTail(replaced);
      if (UNESCAPED_OPEN.matcher(replaced).find()) {
        throw new InvalidInputException(
            file, line, "malformed placeholder; write {{ name }} with letters, digits, _ . -");
      }
      out.append(replaced);
    }
    return out.toString();
  }

  /** Backslash-escapes ASCII punctuation so Markdown shows the value literally. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("\\`*_{}[]<>()#+!|~&\"".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
