package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of a manifest entry come from: upstream over HTTP, a mirror folder, or the
 * project.
 */
interface Source {
  /**
   * Opens {@code entry} from byte {@code offset} on. A source that cannot start in the middle
   * returns a stream from byte 0 and says so through {@link Opened#offset()}.
   */
  Opened open(ManifestEntry entry, long offset) throws IOException;

  /**
   * An open stream, the offset its first byte has in the file and the number of bytes it holds
   * ({@code -1} when the source does not say).
   */
  record Opened(InputStream stream, long offset, long length) {
    Opened(InputStream stream, long offset) {
      this(stream, offset, -1);
    }
  }
}
