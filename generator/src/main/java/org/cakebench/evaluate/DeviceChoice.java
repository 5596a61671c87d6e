package org.cakebench.evaluate;

import java.util.Locale;
import org.cakebench.data.InvalidInputException;

/** Where to run the models: the first GPU when the engine sees one, or a fixed choice. */
public enum DeviceChoice {
  AUTO,
  CPU,
  GPU;

  /** Parses {@code auto}, {@code cpu} or {@code gpu}, in any case. */
  public static DeviceChoice parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("device must be auto, cpu or gpu, not '" + text + "'");
    }
  }
}
