package org.cakebench.evaluate;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A TorchScript model loaded by DJL's PyTorch engine, with its predictor; close it to free native
 * memory. Loading checks the file first so that a missing file or one that is not a TorchScript
 * archive fails with a {@link ModelFileException} that says what to do.
 */
public final class TorchScriptModel implements LogitsModel, AutoCloseable {
  static final String ENGINE = "PyTorch";
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final ModelSpec spec;
  private final ZooModel<ImageBatch, Logits> model;
  private final Predictor<ImageBatch, Logits> predictor;

  private TorchScriptModel(
      ModelSpec spec, ZooModel<ImageBatch, Logits> model, Predictor<ImageBatch, Logits> predictor) {
    this.spec = spec;
    this.model = model;
    this.predictor = predictor;
  }

  /** Loads {@code spec}'s TorchScript file onto {@code device}. */
  public static TorchScriptModel load(ModelSpec spec, Device device) {
    Path file = spec.input().file();
    checkFile(file);
    Criteria<ImageBatch, Logits> criteria =
        Criteria.builder()
            .setTypes(ImageBatch.class, Logits.class)
            .optEngine(ENGINE)
            .optModelPath(file)
            .optModelName(stem(file))
            .optDevice(device)
            // Load CPU-saved weights straight onto the chosen device.
            .optOption("mapLocation", "true")
            .optTranslator(new LogitsTranslator(spec.id()))
            .build();
    ZooModel<ImageBatch, Logits> model;
    try {
      model = criteria.loadModel();
    } catch (MalformedModelException | EngineException | ModelNotFoundException e) {
      throw new ModelFileException(
          file,
          "not a TorchScript model ("
              + firstLine(e)
              + "); a state_dict saved with torch.save is not enough: export the model with"
              + " tools/export_torchscript.py");
    } catch (IOException e) {
      throw new ModelFileException(file, "cannot read: " + e);
    }
    try {
      return new TorchScriptModel(spec, model, model.newPredictor());
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** Fails with a clear message unless {@code file} exists and is a zip archive (TorchScript). */
  static void checkFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelFileException(
          file,
          "model file not found; export it with tools/export_torchscript.py or pass"
              + " --model ID=PATH.pt");
    }
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 4);
      if (n < 4 || !Arrays.equals(head, ZIP_MAGIC)) {
        throw new ModelFileException(
            file,
            "not a TorchScript file (TorchScript files are zip archives written by"
                + " torch.jit.save); export the model with tools/export_torchscript.py");
      }
    } catch (IOException e) {
      throw new ModelFileException(file, "cannot read: " + e);
    }
  }

  /** The model's logits for {@code batch}. */
  @Override
  public Logits predict(ImageBatch batch) {
    try {
      return predictor.predict(batch);
    } catch (TranslateException e) {
      if (e.getCause() instanceof ModelOutputException output) {
        throw output;
      }
      // The summary is the error the model raised; the traceback follows once, from the cause.
      throw new EngineException(spec.id() + ": inference failed: " + raised(e), e);
    }
  }

  /** Whether {@code e} is the engine reporting that GPU memory ran out. */
  static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("out of memory")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    try {
      predictor.close();
    } finally {
      model.close();
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String firstLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.toString());
  }

  /**
   * The error a TorchScript model raised: the last line of the innermost message ("RuntimeError:
   * ..."), which ends the interpreter's traceback.
   */
  private static String raised(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = String.valueOf(t.getMessage());
    return message
        .lines()
        .filter(line -> !line.isBlank())
        .reduce((first, second) -> second)
        .orElse(t.toString())
        .strip();
  }
}
