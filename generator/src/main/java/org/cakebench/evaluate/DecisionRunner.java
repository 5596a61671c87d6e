package org.cakebench.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.cakebench.data.ImageIds;
import org.cakebench.data.Trial;

/**
 * Runs one loaded model over decoded images and turns its logits into 16-class trials. The next
 * batch is assembled (decoded images waited for, resized, normalised) on worker threads while the
 * model runs on the current one; on GPU out-of-memory the batch size halves and the batch is
 * retried.
 */
final class DecisionRunner {
  private final SixteenClassMapping mapping;
  private final Executor workers;
  private final EvaluationListener listener;

  DecisionRunner(SixteenClassMapping mapping, Executor workers, EvaluationListener listener) {
    this.mapping = mapping;
    this.workers = workers;
    this.listener = listener;
  }

  /** The trials of {@code model} on every image of {@code images}, in image order. */
  List<Trial> run(
      LogitsModel model, ModelSpec spec, DecodedImages images, int batchSize, boolean gpu) {
    BatchAssembler assembler =
        new BatchAssembler(new InputTransform(spec.input()), images, workers);
    int total = images.size();
    List<Trial> trials = new ArrayList<>(total);
    int size = batchSize;
    int start = 0;
    CompletableFuture<ImageBatch> next = assembler.start(start, Math.min(size, total));
    while (start < total) {
      ImageBatch batch = BatchAssembler.join(next);
      int end = start + batch.count();
      if (end < total) {
        next = assembler.start(end, Math.min(size, total - end));
      }
      Logits logits;
      try {
        logits = model.predict(batch);
      } catch (ModelOutputException e) {
        throw new ModelOutputException(
            e.getMessage()
                + " ("
                + images.set().dataset().name()
                + ", batch starting at "
                + images.set().images().get(start).file()
                + ")");
      } catch (RuntimeException e) {
        if (!gpu || batch.count() == 1 || !TorchScriptModel.outOfMemory(e)) {
          throw e;
        }
        size = Math.max(1, batch.count() / 2);
        listener.warn(
            spec.id()
                + ": GPU out of memory at batch size "
                + batch.count()
                + "; retrying with "
                + size);
        next = assembler.start(start, Math.min(size, total - start));
        continue;
      }
      for (int i = 0; i < batch.count(); i++) {
        Stimulus s = images.set().images().get(start + i);
        trials.add(
            new Trial(
                spec.id(),
                1,
                start + i + 1,
                Double.NaN,
                mapping.decide(logits.values(), i),
                s.category(),
                s.condition(),
                s.imageName(),
                ImageIds.of(s.imageName())));
      }
      listener.imagesDone(batch.count());
      start = end;
    }
    return trials;
  }
}
