package org.cakebench.cli;

import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.evaluate.BatchSize;
import org.cakebench.evaluate.DeviceChoice;
import org.cakebench.evaluate.Shard;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values. Each refuses a bad value while the command line is parsed, so that
 * picocli names the option ("Invalid value for option '--timeout': ...") and exits with 2, the
 * status of a wrong command line, before any work starts.
 */
final class OptionValues {
  private OptionValues() {}

  /** A whole number of at least 1: jobs, threads. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return wholeNumber(text, 1);
    }
  }

  /** A whole number of at least 0: retries. */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return wholeNumber(text, 0);
    }
  }

  /** {@code auto} or a number of images. */
  static final class Batch implements ITypeConverter<BatchSize> {
    @Override
    public BatchSize convert(String text) {
      try {
        return BatchSize.parse(text);
      } catch (InvalidInputException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code auto}, {@code cpu} or {@code gpu}. */
  static final class Device implements ITypeConverter<DeviceChoice> {
    @Override
    public DeviceChoice convert(String text) {
      try {
        return DeviceChoice.parse(text);
      } catch (InvalidInputException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code i/n}. */
  static final class Part implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String text) {
      try {
        return Shard.parse(text);
      } catch (InvalidInputException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A registered dataset's name. */
  static final class DatasetName implements ITypeConverter<Dataset> {
    @Override
    public Dataset convert(String text) {
      try {
        return Datasets.require(text.strip());
      } catch (InvalidInputException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static int wholeNumber(String text, int least) {
    String value = text.strip();
    if (!value.matches("[+-]?[0-9]+")) {
      throw new TypeConversionException("'" + text + "' is not a whole number");
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      number = value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    if (number < least) {
      throw new TypeConversionException("must be at least " + least + ", not " + text);
    }
    if (number > Integer.MAX_VALUE) {
      throw new TypeConversionException(text + " is too large (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) number;
  }
}
