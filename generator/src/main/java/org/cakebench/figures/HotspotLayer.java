package org.cakebench.figures;

import java.util.List;
import java.util.Objects;
import org.cakebench.data.FixedPoint;
import org.jspecify.annotations.Nullable;

/**
 * Writes a figure's {@link Hotspot}s as the last, invisible layer of its SVG: one transparent shape
 * per hotspot whose {@code <title>} is the tooltip, wrapped in a link to the observer's page where
 * it has one (consecutive hotspots of one observer share the link). Links open in the top window,
 * so they also work from an SVG embedded with {@code <object>}.
 */
final class HotspotLayer {
  private HotspotLayer() {}

  /** The overlay's SVG elements, or {@code ""} without hotspots. */
  static String svg(List<Hotspot> spots) {
    if (spots.isEmpty()) {
      return "";
    }
    // Transparent yet painted, so that the shapes catch the pointer; "all" says so explicitly.
    StringBuilder out =
        new StringBuilder(
            "  <g class=\"hotspots\" fill=\"#fff\" fill-opacity=\"0\" stroke=\"none\""
                + " pointer-events=\"all\">\n");
    @Nullable String open = null;
    boolean inLink = false;
    for (Hotspot s : spots) {
      if (!inLink || !Objects.equals(open, s.link())) {
        if (inLink) {
          out.append("    </a>\n");
          inLink = false;
        }
        if (s.link() != null) {
          String href = escape(s.link());
          out.append("    <a href=\"")
              .append(href)
              .append("\" xlink:href=\"")
              .append(href)
              .append("\" target=\"_top\">\n");
          inLink = true;
        }
        open = s.link();
      }
      out.append(inLink ? "      " : "    ").append(shape(s)).append('\n');
    }
    if (inLink) {
      out.append("    </a>\n");
    }
    return out.append("  </g>\n").toString();
  }

  private static String shape(Hotspot s) {
    String title = "<title>" + escape(s.tooltip()) + "</title>";
    if (s.round()) {
      return "<circle cx=\""
          + number(s.x() + s.width() / 2)
          + "\" cy=\""
          + number(s.y() + s.height() / 2)
          + "\" r=\""
          + number(s.width() / 2)
          + "\">"
          + title
          + "</circle>";
    }
    return "<rect x=\""
        + number(s.x())
        + "\" y=\""
        + number(s.y())
        + "\" width=\""
        + number(s.width())
        + "\" height=\""
        + number(s.height())
        + "\">"
        + title
        + "</rect>";
  }

  /** A tenth of a pixel is precise enough to point at; no trailing ".0". */
  private static String number(double v) {
    String text = FixedPoint.formatted(v, 1);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  static String escape(String text) {
    // Most tooltips have nothing to escape; a figure of a hundred models has thousands of them.
    if (!needsEscape(text)) {
      return text;
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"') {
        return true;
      }
    }
    return false;
  }
}
