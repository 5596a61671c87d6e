package org.cakebench.evaluate;

import java.nio.file.Path;
import org.cakebench.data.InvalidInputException;

/** An image file that cannot be decoded, named by its path. */
public final class ImageDecodeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public ImageDecodeException(Path file, String message) {
    super(file, "unreadable image: " + message);
  }
}
