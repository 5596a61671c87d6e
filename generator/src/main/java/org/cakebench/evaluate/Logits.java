package org.cakebench.evaluate;

/**
 * A model's 1,000 ImageNet logits for a batch of images.
 *
 * @param values row-major {@code [count, 1000]}
 * @param count number of images (rows)
 */
public record Logits(float[] values, int count) {
  public Logits {
    if (values.length != count * SixteenClassMapping.IMAGENET_CLASSES) {
      throw new IllegalArgumentException("expected " + count + " x 1000 logits");
    }
  }
}
