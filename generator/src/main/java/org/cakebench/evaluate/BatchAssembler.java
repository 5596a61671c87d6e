package org.cakebench.evaluate;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Assembles model input batches from decoded images on worker threads, one image per task, into two
 * direct buffers used in turn: one is read by the model while the next batch is written into the
 * other. Decoded images are waited for as they are needed.
 */
final class BatchAssembler {
  private final InputTransform transform;
  private final DecodedImages images;
  private final Executor workers;
  private final ByteBuffer[] buffers = new ByteBuffer[2];
  // One image's floats per worker thread, copied into the batch buffer in one go.
  private final ThreadLocal<float[]> scratch;
  private int turn;
  private CompletableFuture<ImageBatch> pending = CompletableFuture.completedFuture(null);

  BatchAssembler(InputTransform transform, DecodedImages images, Executor workers) {
    this.transform = transform;
    this.images = images;
    this.workers = workers;
    this.scratch = ThreadLocal.withInitial(() -> new float[transform.floatsPerImage()]);
  }

  /**
   * Starts assembling images {@code start} to {@code start + count}; the batch handed out before
   * must be done with, as its buffer is reused by the batch after this one.
   */
  CompletableFuture<ImageBatch> start(int start, int count) {
    // The previous batch may have been abandoned (out-of-memory retry): let it finish writing.
    awaitQuietly(pending);
    int slot = turn;
    turn = 1 - turn;
    int per = transform.floatsPerImage();
    int floats = count * per;
    if (buffers[slot] == null || buffers[slot].capacity() < floats * Float.BYTES) {
      buffers[slot] = ImageBatch.allocate(floats);
    }
    ByteBuffer bytes = buffers[slot];
    FloatBuffer buffer = bytes.asFloatBuffer();
    CompletableFuture<?>[] parts = new CompletableFuture<?>[count];
    for (int i = 0; i < count; i++) {
      int index = start + i;
      int offset = i * per;
      parts[i] =
          CompletableFuture.runAsync(
              () -> {
                float[] work = scratch.get();
                transform.write(images.get(index, transform.size()), work, 0);
                buffer.put(offset, work, 0, per); // absolute: disjoint ranges per task
              },
              workers);
    }
    pending =
        CompletableFuture.allOf(parts)
            .thenApply(done -> new ImageBatch(bytes, count, transform.size()));
    return pending;
  }

  /** The batch of {@code future}, rethrowing decoding errors as they were. */
  static ImageBatch join(CompletableFuture<ImageBatch> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static void awaitQuietly(CompletableFuture<?> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      // reported by whoever joins it for its result
    }
  }
}
