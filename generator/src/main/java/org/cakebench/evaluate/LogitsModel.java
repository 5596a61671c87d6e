package org.cakebench.evaluate;

/** Something that scores a batch of model inputs with 1,000 ImageNet logits per image. */
interface LogitsModel {
  /** The logits for {@code batch}. */
  Logits predict(ImageBatch batch);
}
