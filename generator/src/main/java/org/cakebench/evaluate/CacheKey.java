package org.cakebench.evaluate;

import java.util.List;
import org.cakebench.data.ModelInput;

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
  private static final String DECISION_RULE = "softmax-mean-16-class";

  public CacheKey {
    mean = List.copyOf(mean);
    std = List.copyOf(std);
  }

  /**
   * The key of decisions of the model {@code input} (file hash {@code modelSha256}) on {@code set}.
   */
  static CacheKey of(
      ModelInput input, String modelSha256, StimulusSet set, SixteenClassMapping mapping) {
    return new CacheKey(
        modelSha256,
        set.digest(),
        set.size(),
        input.inputSize(),
        input.mean(),
        input.std(),
        decisionRule(mapping));
  }

  /** The decision rule's name and its class table's digest, as keys record them. */
  static String decisionRule(SixteenClassMapping mapping) {
    return DECISION_RULE + ":" + mapping.digest();
  }
}
