package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;

/**
 * The tables of facts the project carries as resources (the manifest marks them {@code derived}).
 */
final class ProjectSource implements Source {
  private static final String ROOT = "/org/cakebench/data/";

  @Override
  public Opened open(ManifestEntry entry, long offset) throws IOException {
    InputStream in = ProjectSource.class.getResourceAsStream(ROOT + entry.path());
    if (in == null) {
      throw new FetchException("the project carries no resource " + ROOT + entry.path(), false);
    }
    in.skipNBytes(offset);
    return new Opened(in, offset);
  }
}
