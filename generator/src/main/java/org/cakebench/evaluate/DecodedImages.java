package org.cakebench.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * The images of one {@link StimulusSet} at the models' input sizes, decoded in order on worker
 * threads while models already consume the first ones. Each image is decoded once and fitted once
 * per input size ({@link InputTransform#fit(RgbImage, int)}); only the fitted images are kept, so
 * memory does not grow with the images' own resolution, and every model of the run reuses them.
 */
public final class DecodedImages implements AutoCloseable {
  private final StimulusSet set;
  private final int[] sizes;
  private final List<CompletableFuture<RgbImage[]>> images;

  private DecodedImages(StimulusSet set, int[] sizes, List<CompletableFuture<RgbImage[]>> images) {
    this.set = set;
    this.sizes = sizes;
    this.images = images;
  }

  /** Starts decoding every image of {@code set} on {@code workers}, for these input sizes. */
  public static DecodedImages start(
      StimulusSet set, Collection<Integer> sizes, ExecutorService workers) {
    int[] sides = sizes.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    if (sides.length == 0 || sides[0] < 1) {
      throw new IllegalArgumentException("input sizes must be positive, not " + sizes);
    }
    List<CompletableFuture<RgbImage[]>> futures = new ArrayList<>(set.size());
    for (Stimulus stimulus : set.images()) {
      futures.add(
          CompletableFuture.supplyAsync(
              () -> {
                RgbImage decoded = ImageDecoder.decode(stimulus.file());
                RgbImage[] fitted = new RgbImage[sides.length];
                for (int i = 0; i < sides.length; i++) {
                  fitted[i] = InputTransform.fit(decoded, sides[i]);
                }
                return fitted;
              },
              workers));
    }
    return new DecodedImages(set, sides, futures);
  }

  /** The images' set. */
  public StimulusSet set() {
    return set;
  }

  /** Number of images. */
  public int size() {
    return images.size();
  }

  /**
   * Image {@code index} fitted to {@code size}, waiting for its decoder; decoding errors surface
   * here unchanged.
   */
  public RgbImage get(int index, int size) {
    int at = Arrays.binarySearch(sizes, size);
    if (at < 0) {
      throw new IllegalArgumentException(
          "images were prepared for sizes " + Arrays.toString(sizes) + ", not " + size);
    }
    try {
      return images.get(index).join()[at];
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
