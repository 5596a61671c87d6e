package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Copies files from a local folder laid out like the data folder (CI uses ../shared/data). */
final class MirrorSource implements Source {
  private final Path mirror;

  MirrorSource(Path mirror) {
    this.mirror = mirror;
  }

  @Override
  public Opened open(ManifestEntry entry, long offset) throws IOException {
    Path file = mirror.resolve(entry.path());
    try {
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(offset);
      return new Opened(in, offset);
    } catch (NoSuchFileException e) {
      throw new FetchException("not in the mirror: " + file, false);
    }
  }
}
