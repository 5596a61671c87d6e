package org.cakebench.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * The decoded images of one {@link StimulusSet}, decoded in order on worker threads while models
 * already consume the first ones; kept in memory so that every model of the run reuses them.
 */
public final class DecodedImages implements AutoCloseable {
  private final StimulusSet set;
  private final List<CompletableFuture<RgbImage>> images;

  private DecodedImages(StimulusSet set, List<CompletableFuture<RgbImage>> images) {
    this.set = set;
    this.images = images;
  }

  /** Starts decoding every image of {@code set} on {@code workers}. */
  public static DecodedImages start(StimulusSet set, ExecutorService workers) {
    List<CompletableFuture<RgbImage>> futures = new ArrayList<>(set.size());
    for (Stimulus stimulus : set.images()) {
      futures.add(
          CompletableFuture.supplyAsync(() -> ImageDecoder.decode(stimulus.file()), workers));
    }
    return new DecodedImages(set, futures);
  }

  /** The images' set. */
  public StimulusSet set() {
    return set;
  }

  /** Number of images. */
  public int size() {
    return images.size();
  }

  /** Image {@code index}, waiting for its decoder; decoding errors surface here unchanged. */
  public RgbImage get(int index) {
    try {
      return images.get(index).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Cancels decoding not yet started and lets the images be collected. */
  @Override
  public void close() {
    images.forEach(f -> f.cancel(false));
  }
}
