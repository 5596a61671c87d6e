package org.cakebench.evaluate;

import java.util.List;

/**
 * What a trial file's decisions depend on; a cached file is current when its manifest records the
 * same key. Tool, engine, device and date are provenance only: they do not invalidate a file.
 *
 * @param modelSha256 SHA-256 of the TorchScript file
 * @param imageSetDigest {@link StimulusSet#digest()}
 * @param images number of images
 * @param inputSize model input side
 * @param mean normalisation mean
 * @param std normalisation standard deviation
 * @param decisionRule the 16-class rule and its table's digest
 */
public record CacheKey(
    String modelSha256,
    String imageSetDigest,
    int images,
    int inputSize,
    List<Float> mean,
    List<Float> std,
    String decisionRule) {
  public CacheKey {
    mean = List.copyOf(mean);
    std = List.copyOf(std);
  }
}
