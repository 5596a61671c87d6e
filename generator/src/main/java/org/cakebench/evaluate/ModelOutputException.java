package org.cakebench.evaluate;

import org.cakebench.data.InvalidInputException;

/** A model whose output is not usable as ImageNet logits: wrong shape, NaN or infinite values. */
public final class ModelOutputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public ModelOutputException(String message) {
    super(message);
  }
}
