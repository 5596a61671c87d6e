package org.cakebench.evaluate;

import java.nio.file.Path;
import org.cakebench.data.InvalidInputException;

/** A model file that is missing or not a TorchScript module. */
public final class ModelFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public ModelFileException(Path file, String message) {
    super(file, message);
  }
}
