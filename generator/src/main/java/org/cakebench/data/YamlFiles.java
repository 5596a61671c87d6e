package org.cakebench.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads the project's YAML files ({@code content/observers.yaml}, {@code content/report.yaml})
 * strictly: an unknown key or a missing number is an error naming the file and line.
 */
final class YamlFiles {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private YamlFiles() {}

  /** The contents of {@code file} as a {@code shape}; null for an empty file. */
  static <T> @Nullable T read(Path file, Class<T> shape) {
    try {
      return YAML.readValue(file.toFile(), shape);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String detail = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw at == null
          ? new InvalidInputException(file, detail)
          : new InvalidInputException(file, at.getLineNr(), detail);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
