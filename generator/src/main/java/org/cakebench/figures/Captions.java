package org.cakebench.figures;

import java.util.List;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.FixedPoint;
import org.cakebench.data.ObserverGroup;

/** Small helpers for the plain-words captions and text alternatives of figures. */
final class Captions {
  private Captions() {}

  /** "humans and 3 models", "3 models", "humans". */
  static String who(List<ObserverStyle> observers) {
    long humans = observers.stream().filter(o -> o.group() == ObserverGroup.HUMAN).count();
    long models = observers.size() - humans;
    String modelText = models == 1 ? "1 model" : models + " models";
    if (humans == 0) {
      return modelText;
    }
    return models == 0 ? "humans" : "humans and " + modelText;
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** Joins sentences, skipping empty ones. */
  static String join(String... sentences) {
    StringBuilder out = new StringBuilder();
    for (String s : sentences) {
      if (!s.isBlank()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(s.strip());
      }
    }
    return out.toString();
  }

  /** A value with two decimals, or "no value". */
  static String value(double v) {
    return Double.isFinite(v) ? FixedPoint.formatted(v, 2) : "no value";
  }

  /** A share as a whole percentage. */
  static String percent(double share) {
    return Double.isFinite(share) ? FixedPoint.formatted(100 * share, 0) + "%" : "no value";
  }

  /** A share as a percentage with {@code decimals} decimals and a space, e.g. {@code 23.4 %}. */
  static String percent(double share, int decimals) {
    return Double.isFinite(share) ? FixedPoint.formatted(100 * share, decimals) + " %" : "no value";
  }

  /** A condition as tooltips name it: "contrast 5", "colour vs. greyscale (greyscale)". */
  static String condition(Dataset dataset, Condition condition) {
    String name = lower(dataset.title());
    String label = condition.plotLabel();
    return label.matches("[0-9.]+|inf") ? name + " " + label : name + " (" + label + ")";
  }

  /** Typesets hyphen-minus signs of numbers as true minus signs. */
  static String minus(String number) {
    return number.replace('-', '\u2212');
  }

  /** Lower-cases the first letter (for dataset titles inside sentences). */
  static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
