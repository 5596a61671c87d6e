package org.cakebench.figures;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.GroupMeans;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.ObserverGroup;

/**
 * The group means of Figure 3 with their 95 % intervals, drawn as rows of their own beneath the
 * categories of {@link ShapeBiasPlot}: the pooled humans (their overall shape bias, the interval
 * between participants) and each group of the paper's models as the paper colours them (supervised,
 * self-supervised, SimCLR), the mean of its models' overall shape bias with the interval from their
 * spread ({@link GroupMeans}), for groups of two or more models. A row per group, however many
 * models, keeps the summary readable at any scale.
 */
final class ShapeBiasGroups {
  /**
   * One row.
   *
   * @param id the table's observer id: {@code humans}, or {@code mean-} and the group, e.g. {@code
   *     mean-self-supervised-simclr}
   * @param group the group as the legend names it, e.g. {@code Self-supervised: SimCLR}
   * @param look how its marker and bar are drawn
   * @param models the number of models averaged; 0 for the humans
   * @param shape the shape bias (share of shape decisions) and its interval
   */
  record Row(String id, String group, ObserverStyle look, int models, Estimate shape) {
    boolean humans() {
      return models == 0;
    }

    /** The row's label: {@code Humans}, {@code Supervised (24)}, {@code SimCLR (3)}. */
    String label() {
      if (humans()) {
        return group;
      }
      int family = group.indexOf(": ");
      return (family < 0 ? group : group.substring(family + 2)) + " (" + models + ")";
    }

    /** The row's name in the table and tooltips, e.g. {@code Supervised, mean of 24 models}. */
    String name() {
      return humans() ? group : group + ", mean of " + models + " models";
    }
  }

  private static final int MARKER = 9;
  private static final double CAP = 4;
  private static final BasicStroke BAR =
      new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  private final List<Row> rows = new ArrayList<>();

  /** The rows of {@code observers} with their shape bias {@code entries}, in figure order. */
  ShapeBiasGroups(List<ObserverStyle> observers, List<ShapeBiasEntry> entries) {
    List<ObserverStyle> models = new ArrayList<>();
    Map<String, Double> biases = new HashMap<>();
    for (int i = 0; i < observers.size(); i++) {
      ObserverStyle o = observers.get(i);
      if (o.group() == ObserverGroup.HUMAN) {
        rows.add(new Row(o.id(), o.name(), o, 0, entries.get(i).biasInterval()));
      } else if (o.paper()) {
        models.add(o);
        biases.put(o.id(), entries.get(i).overall().bias());
      }
    }
    for (Map.Entry<String, List<ObserverStyle>> g : Legend.styleGroups(models).entrySet()) {
      List<ObserverStyle> members = g.getValue();
      if (members.size() < 2) {
        continue;
      }
      List<Double> values = members.stream().map(m -> biases.get(m.id())).toList();
      rows.add(
          new Row(
              "mean-" + g.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
              g.getKey(),
              members.get(0),
              members.size(),
              GroupMeans.ofShares(values)));
    }
  }

  /** The rows, humans first. */
  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The rows of groups of models. */
  List<Row> modelRows() {
    return rows.stream().filter(r -> !r.humans()).toList();
  }

  /** What the rows show, for the figure's caption; empty without rows. */
  String caption() {
    if (rows.isEmpty()) {
      return "";
    }
    String models =
        modelRows().isEmpty()
            ? " Groups of the paper's models get theirs once they have two or more models with"
                + " data."
            : " For each group of the paper's models with two or more models (as the paper colours"
                + " them), the mean of the models' overall shape bias, its interval from their"
                + " spread over the square root of their number.";
    return "Below the categories, means with 95 % intervals (bars): the humans' between"
        + " participants."
        + models;
  }

  /** The model groups' means for the text alternative, each a sentence after a space. */
  String altText() {
    StringBuilder text = new StringBuilder();
    for (Row r : modelRows()) {
      text.append(' ')
          .append(r.name())
          .append(": ")
          .append(Captions.value(r.shape().value()))
          .append(" (95 % interval ")
          .append(Captions.value(r.shape().low()))
          .append(" to ")
          .append(Captions.value(r.shape().high()))
          .append(").");
    }
    return text.toString();
  }

  /**
   * Adds a row per model group to Figure 3's table, after the observers' rows: its id, name, group,
   * category {@code all}, the mean shape and texture fractions, no trials, the interval. The
   * humans' mean and interval are their own row's.
   */
  void addRows(DataTable.Builder table) {
    for (Row r : modelRows()) {
      table.row(
          r.id(),
          r.name(),
          r.look().group().key(),
          "all",
          r.shape().value(),
          1 - r.shape().value(),
          "",
          r.shape().low(),
          r.shape().high());
    }
  }

  /** The labels, to size the label column. */
  List<String> labels() {
    return rows.stream().map(Row::label).toList();
  }

  /** Paints the rows, row {@code j} centred at data y {@code top - 0.5 - j}, labels at the left. */
  void paint(Graphics2D g, Frame f, double top) {
    g.setColor(Theme.AXIS);
    g.setStroke(Theme.HAIRLINE);
    g.draw(new Line2D.Double(f.left(), f.y(top), f.right(), f.y(top)));
    for (int j = 0; j < rows.size(); j++) {
      Row r = rows.get(j);
      double y = f.y(top - 0.5 - j);
      Text.draw(
          g,
          r.label(),
          Theme.PANEL,
          Theme.TEXT,
          f.left() - 8,
          y,
          Text.Align.END,
          Text.Align.CENTRE);
      Estimate e = r.shape();
      if (!Double.isFinite(e.value())) {
        continue;
      }
      g.setColor(r.look().colour());
      if (Double.isFinite(e.low())) {
        // On the texture axis the interval of the shape share runs from 1 - high to 1 - low.
        double x0 = f.x(1 - e.high());
        double x1 = f.x(1 - e.low());
        g.setStroke(BAR);
        g.draw(new Line2D.Double(x0, y, x1, y));
        g.draw(new Line2D.Double(x0, y - CAP, x0, y + CAP));
        g.draw(new Line2D.Double(x1, y - CAP, x1, y + CAP));
      }
      g.setStroke(new BasicStroke(1f));
      r.look().marker().paint(g, f.x(1 - e.value()), y, MARKER);
    }
  }

  /** A hotspot over each row's marker and bar, saying its mean and interval. */
  List<Hotspot> hotspots(Frame f, double top) {
    List<Hotspot> spots = new ArrayList<>();
    for (int j = 0; j < rows.size(); j++) {
      Row r = rows.get(j);
      Estimate e = r.shape();
      if (!Double.isFinite(e.value())) {
        continue;
      }
      double y = f.y(top - 0.5 - j);
      double x0 = f.x(1 - (Double.isFinite(e.high()) ? e.high() : e.value())) - MARKER / 2.0;
      double x1 = f.x(1 - (Double.isFinite(e.low()) ? e.low() : e.value())) + MARKER / 2.0;
      Rectangle2D box = new Rectangle2D.Double(x0, y - MARKER / 2.0, x1 - x0, MARKER);
      spots.add(Hotspot.area(box, null, tooltip(r)));
    }
    return spots;
  }

  /**
   * "Supervised, mean of 24 models: 23.4 % shape decisions (95 % interval 20.1 % to 26.7 %, from
   * the spread between the models)".
   */
  static String tooltip(Row r) {
    Estimate e = r.shape();
    String interval =
        Double.isFinite(e.low())
            ? "95 % interval "
                + Captions.percent(e.low(), 1)
                + " to "
                + Captions.percent(e.high(), 1)
                + (r.humans() ? ", between participants" : ", from the spread between the models")
            : "no interval: one participant";
    return r.name()
        + (r.humans() ? ", all categories" : "")
        + ": "
        + Captions.percent(e.value(), 1)
        + " shape decisions ("
        + interval
        + ")";
  }
}
