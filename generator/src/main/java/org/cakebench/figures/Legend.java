package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.ObserverGroup;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.style.markers.Marker;

/**
 * A legend drawn beside a plot, never over it: entries flow left to right and wrap at a width (one
 * per line for a column); a heading has a line of its own. With more observers than fit, {@link
 * #observers} names styles instead of observers ("Supervised (24)"), as the paper's captions do.
 */
final class Legend {
  private static final double ROW = 19;
  private static final double SAMPLE = 30;
  private static final double GAP = 6;
  private static final double SPACING = 16;
  private static final int MARKER = 9;

  /** What an entry shows besides its marker and line sample. */
  enum Swatch {
    /** Nothing: the marker and line alone. */
    NONE,
    /** A filled box, for bars. */
    BOX,
    /** A lightly filled, outlined box, for the lighter bars of a second kind. */
    LIGHT_BOX,
    /** No sample at all: the label is a bold heading over the entries below it. */
    HEADING
  }

  /** One legend entry: a marker, a line sample, a box, or a combination; or a heading. */
  record Entry(
      String label,
      Color colour,
      @Nullable Marker marker,
      @Nullable BasicStroke line,
      Swatch swatch) {

    /** A heading over the entries that follow it. */
    static Entry heading(String label) {
      return new Entry(label, Theme.TEXT, null, null, Swatch.HEADING);
    }
  }

  private final List<Entry> entries;

  Legend(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * A legend of {@code observers}: one entry each when there are at most {@code max}, else one per
   * distinct style with a count.
   */
  static Legend observers(List<ObserverStyle> observers, Map<String, BasicStroke> lines, int max) {
    List<Entry> entries = new ArrayList<>();
    if (observers.size() <= max) {
      for (ObserverStyle o : observers) {
        entries.add(new Entry(o.name(), o.colour(), o.marker(), lines.get(o.id()), Swatch.NONE));
      }
      return new Legend(entries);
    }
    Map<String, List<ObserverStyle>> byStyle = byStyle(observers);
    for (List<ObserverStyle> members : byStyle.values()) {
      ObserverStyle first = members.get(0);
      BasicStroke line = lines.isEmpty() ? null : lines.get(first.id());
      entries.add(
          new Entry(
              styleLabel(members, byStyle), first.colour(), first.marker(), line, Swatch.NONE));
    }
    return new Legend(entries);
  }

  /** One filled box per group style among {@code observers}, for bar charts coloured by group. */
  static Legend groups(List<ObserverStyle> observers) {
    List<ObserverStyle> sorted = new ArrayList<>(observers);
    sorted.sort(Comparator.comparing(ObserverStyle::group));
    Map<String, List<ObserverStyle>> byStyle = byStyle(sorted);
    List<Entry> boxes = new ArrayList<>();
    for (List<ObserverStyle> members : byStyle.values()) {
      ObserverStyle first = members.get(0);
      String label = groupLabel(members, byStyle);
      boxes.add(new Entry(label, first.colour(), null, null, Swatch.BOX));
    }
    return new Legend(boxes);
  }

  /**
   * {@code observers} grouped by style as a legend beyond its named entries shows them, each under
   * its legend label without the count ("Humans", "Supervised", "Self-supervised: SimCLR"), in
   * order of first appearance.
   */
  static Map<String, List<ObserverStyle>> styleGroups(List<ObserverStyle> observers) {
    Map<String, List<ObserverStyle>> byStyle = byStyle(observers);
    Map<String, List<ObserverStyle>> labelled = new LinkedHashMap<>();
    for (List<ObserverStyle> members : byStyle.values()) {
      String label = groupLabel(members, byStyle);
      // Two styles of one group with mixed families would share a label: number the later ones.
      String unique = label;
      for (int k = 2; labelled.containsKey(unique); k++) {
        unique = label + " " + k;
      }
      labelled.put(unique, List.copyOf(members));
    }
    return labelled;
  }

  private static Map<String, List<ObserverStyle>> byStyle(List<ObserverStyle> observers) {
    Map<String, List<ObserverStyle>> byStyle = new LinkedHashMap<>();
    for (ObserverStyle o : observers) {
      String key = o.group() + " " + o.colour() + " " + o.markerName();
      byStyle.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
    return byStyle;
  }

  private static String styleLabel(
      List<ObserverStyle> members, Map<String, List<ObserverStyle>> byStyle) {
    ObserverStyle first = members.get(0);
    if (members.size() == 1) {
      return first.name();
    }
    return groupLabel(members, byStyle) + " (" + members.size() + ")";
  }

  /** "Supervised", or "Self-supervised: SimCLR" where a family has a style of its own. */
  private static String groupLabel(
      List<ObserverStyle> members, Map<String, List<ObserverStyle>> byStyle) {
    ObserverStyle first = members.get(0);
    String label = first.group() == ObserverGroup.HUMAN ? "Humans" : first.group().title();
    long stylesInGroup =
        byStyle.values().stream().filter(m -> m.get(0).group() == first.group()).count();
    boolean oneFamily =
        !first.family().isEmpty()
            && members.stream().allMatch(m -> m.family().equals(first.family()));
    if (stylesInGroup > 1 && oneFamily) {
      label += ": " + first.family();
    }
    return label;
  }

  /** The entries. */
  List<Entry> entries() {
    return entries;
  }

  /** Width of the widest entry: the width of a one-column legend. */
  double columnWidth() {
    double max = 0;
    for (Entry e : entries) {
      max = Math.max(max, entryWidth(e));
    }
    return max;
  }

  /** Height when entries flow within {@code width}. */
  double height(double width) {
    return lines(width) * ROW;
  }

  /** Paints the entries flowing from ({@code x}, {@code y}) within {@code width}. */
  void paint(Graphics2D g, double x, double y, double width) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double cx = x;
    double cy = y + ROW / 2;
    boolean afterHeading = false;
    for (Entry e : entries) {
      double w = entryWidth(e);
      if (cx > x && (cx + w > x + width || afterHeading || e.swatch() == Swatch.HEADING)) {
        cx = x;
        cy += ROW;
      }
      paintEntry(g, e, cx, cy);
      cx += w + SPACING;
      afterHeading = e.swatch() == Swatch.HEADING;
    }
  }

  private int lines(double width) {
    int lines = entries.isEmpty() ? 0 : 1;
    double cx = 0;
    boolean afterHeading = false;
    for (Entry e : entries) {
      double w = entryWidth(e);
      if (cx > 0 && (cx + w > width || afterHeading || e.swatch() == Swatch.HEADING)) {
        lines++;
        cx = 0;
      }
      cx += w + SPACING;
      afterHeading = e.swatch() == Swatch.HEADING;
    }
    return lines;
  }

  private static double entryWidth(Entry e) {
    if (e.swatch() == Swatch.HEADING) {
      return Text.width(e.label(), Theme.LEGEND_HEADING);
    }
    return SAMPLE + GAP + Text.width(e.label(), Theme.LEGEND);
  }

  private static void paintEntry(Graphics2D g, Entry e, double x, double cy) {
    if (e.swatch() == Swatch.HEADING) {
      Text.draw(
          g,
          e.label(),
          Theme.LEGEND_HEADING,
          e.colour(),
          x,
          cy,
          Text.Align.START,
          Text.Align.CENTRE);
      return;
    }
    Rectangle2D box = new Rectangle2D.Double(x + 6, cy - 6, SAMPLE - 12, 12);
    if (e.swatch() == Swatch.BOX) {
      g.setColor(e.colour());
      g.fill(box);
    } else if (e.swatch() == Swatch.LIGHT_BOX) {
      g.setColor(Theme.light(e.colour()));
      g.fill(box);
      g.setColor(e.colour());
      g.setStroke(Theme.OUTLINE);
      g.draw(box);
    }
    if (e.line() != null) {
      g.setColor(e.colour());
      g.setStroke(e.line());
      g.draw(new Line2D.Double(x, cy, x + SAMPLE, cy));
    }
    if (e.marker() != null) {
      g.setColor(e.colour());
      g.setStroke(new BasicStroke(1f));
      e.marker().paint(g, x + SAMPLE / 2, cy, MARKER);
    }
    Text.draw(
        g,
        e.label(),
        Theme.LEGEND,
        Theme.TEXT,
        x + SAMPLE + GAP,
        cy,
        Text.Align.START,
        Text.Align.CENTRE);
  }
}
