package org.cakebench.evaluate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON sidecar of one cached trial file: the {@link CacheKey} it was computed under, the trial
 * file's own SHA-256, and provenance (model id and file, dataset, cakebench, engine and version,
 * device, date). Its presence marks the trial file as written by evaluate.
 *
 * @param format manifest format version
 * @param model observer id
 * @param dataset dataset name
 * @param modelFile the TorchScript file used
 * @param key what the decisions depend on
 * @param tool cakebench version
 * @param engine inference engine and its version, e.g. {@code PyTorch 2.7.1}
 * @param djl DJL version
 * @param device device name, e.g. {@code gpu(0)}
 * @param created ISO-8601 instant the file was written
 * @param trialsSha256 SHA-256 of the trial file as evaluate wrote it; null in the claim written
 *     before the trial file, which therefore never counts as current
 */
public record ResultManifest(
    int format,
    String model,
    String dataset,
    String modelFile,
    CacheKey key,
    String tool,
    String engine,
    String djl,
    String device,
    String created,
    @Nullable String trialsSha256) {
  /** The current manifest format; 2 added {@code trialsSha256}. */
  public static final int FORMAT = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** This manifest with {@code sha256} as the trial file's hash (null: a claim). */
  public ResultManifest withTrialsSha256(@Nullable String sha256) {
    return new ResultManifest(
        format, model, dataset, modelFile, key, tool, engine, djl, device, created, sha256);
  }

  /** The manifest as JSON text. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise manifest", e);
    }
  }

  /** Jackson leaves a component null when the JSON lacks it. */
  private static boolean hasKey(ResultManifest manifest) {
    Object key = manifest.key();
    return key != null;
  }

  /**
   * Reads a manifest; empty when it is missing, unreadable or of an older format (the trial file is
   * then recomputed).
   */
  public static Optional<ResultManifest> read(Path file) {
    try {
      ResultManifest manifest = JSON.readValue(file.toFile(), ResultManifest.class);
      // A manifest of another format, or one missing its key, counts as no manifest.
      return manifest != null && manifest.format() == FORMAT && hasKey(manifest)
          ? Optional.of(manifest)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
