package org.cakebench.evaluate;

import java.util.Locale;
import org.cakebench.data.InvalidInputException;

/**
 * Images per forward pass: a fixed number, or {@code auto}, which takes {@value #GPU_AUTO} on a GPU
 * (large batches keep it busy; the batch halves on out-of-memory) and {@value #CPU_AUTO} on the CPU
 * (larger batches are no faster there and only hold more memory).
 *
 * @param fixed the number of images, or 0 for auto
 */
public record BatchSize(int fixed) {
  /** Chosen by device. */
  public static final BatchSize AUTO = new BatchSize(0);

  /** Auto's batch on a GPU. */
  public static final int GPU_AUTO = 256;

  /** Auto's batch on the CPU. */
  public static final int CPU_AUTO = 16;

  public BatchSize {
    if (fixed < 0) {
      throw new InvalidInputException("batch size must be auto or at least 1, not " + fixed);
    }
  }

  /** A fixed batch of {@code images}, at least 1. */
  public static BatchSize of(int images) {
    if (images < 1) {
      throw new InvalidInputException("batch size must be auto or at least 1, not " + images);
    }
    return new BatchSize(images);
  }

  /** Parses {@code auto} (any case) or a positive number. */
  public static BatchSize parse(String text) {
    String value = text.strip();
    if (value.toLowerCase(Locale.ROOT).equals("auto")) {
      return AUTO;
    }
    if (!value.matches("[+-]?[0-9]+")) {
      throw new InvalidInputException("batch size must be auto or a number, not '" + text + "'");
    }
    try {
      return of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          value.startsWith("-")
              ? "batch size must be auto or at least 1, not " + value
              : "batch size must be auto or at most " + Integer.MAX_VALUE + ", not " + value);
    }
  }

  /** Whether the device chooses. */
  public boolean auto() {
    return fixed == 0;
  }

  /** The number of images per batch on a GPU ({@code gpu}) or the CPU. */
  public int images(boolean gpu) {
    if (!auto()) {
      return fixed;
    }
    return gpu ? GPU_AUTO : CPU_AUTO;
  }

  @Override
  public String toString() {
    return auto() ? "auto" : Integer.toString(fixed);
  }
}
