package org.cakebench.evaluate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * DJL translator from an {@link ImageBatch} to {@link Logits}: the batch becomes one {@code [N, 3,
 * S, S]} float32 tensor; the model's output must be one {@code [N, 1000]} tensor of finite values,
 * otherwise a {@link ModelOutputException} names the model and what is wrong.
 */
public final class LogitsTranslator implements NoBatchifyTranslator<ImageBatch, Logits> {
  private static final String ROWS = "rows";
  private final String modelId;

  /** A translator whose errors name {@code modelId}. */
  public LogitsTranslator(String modelId) {
    this.modelId = modelId;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, ImageBatch batch) {
    // A direct ByteBuffer goes to the engine as it is (torch::from_blob); other buffers are copied.
    ByteBuffer pixels = batch.pixels().duplicate();
    pixels.position(0).limit(batch.floats() * Float.BYTES);
    NDArray input =
        ctx.getNDManager()
            .create(
                pixels.slice().order(ByteOrder.nativeOrder()),
                new Shape(batch.count(), 3, batch.size(), batch.size()),
                DataType.FLOAT32);
    ctx.setAttachment(ROWS, batch.count());
    return new NDList(input);
  }

  @Override
  public Logits processOutput(TranslatorContext ctx, NDList output) {
    return toLogits(output, (Integer) ctx.getAttachment(ROWS));
  }

  /** Checks {@code output} for {@code rows} images and copies it out. */
  Logits toLogits(NDList output, int rows) {
    if (output.size() != 1) {
      throw new ModelOutputException(
          modelId
              + ": the model returns "
              + output.size()
              + " tensors; expected one [N, 1000] tensor of ImageNet logits"
              + " (export it in eval mode with tools/export_torchscript.py)");
    }
    NDArray logits = output.get(0);
    Shape shape = logits.getShape();
    if (shape.dimension() != 2
        || shape.get(0) != rows
        || shape.get(1) != SixteenClassMapping.IMAGENET_CLASSES) {
      throw new ModelOutputException(
          modelId
              + ": output shape "
              + shape
              + " for "
              + rows
              + " images; expected ["
              + rows
              + ", 1000] ImageNet logits");
    }
    if (!logits.getDataType().isFloating()) {
      throw new ModelOutputException(
          modelId + ": output type " + logits.getDataType() + "; expected floating-point logits");
    }
    float[] values =
        logits.getDataType() == DataType.FLOAT32
            ? logits.toFloatArray()
            : logits.toType(DataType.FLOAT32, false).toFloatArray();
    for (int i = 0; i < values.length; i++) {
      if (!Float.isFinite(values[i])) {
        throw new ModelOutputException(
            modelId
                + ": logit "
                + (i % SixteenClassMapping.IMAGENET_CLASSES)
                + " of image "
                + (i / SixteenClassMapping.IMAGENET_CLASSES)
                + " in the batch is "
                + values[i]
                + "; the model produced NaN or infinite values");
      }
    }
    return new Logits(values, rows);
  }
}
