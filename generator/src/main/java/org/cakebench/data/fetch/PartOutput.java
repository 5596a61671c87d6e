package org.cakebench.data.fetch;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.cakebench.data.IoErrors;

/**
 * The stream into a download's part file. Its own failures (a full disk, an I/O error) arrive as
 * {@link WriteFailure}, apart from the source's (a dropped connection), because they call for the
 * opposite: a broken transfer keeps its part to resume from, a failed write deletes it.
 */
final class PartOutput extends FilterOutputStream {
  private final Path part;

  private PartOutput(OutputStream out, Path part) {
    super(out);
    this.part = part;
  }

  /** Opens {@code part}, appending or from its start. */
  static PartOutput open(Path part, boolean append) throws WriteFailure {
    try {
      return new PartOutput(
          Files.newOutputStream(
              part,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING),
          part);
    } catch (IOException e) {
      throw new WriteFailure(part, e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws WriteFailure {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new WriteFailure(part, e);
    }
  }

  @Override
  public void write(int b) throws WriteFailure {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void flush() throws WriteFailure {
    try {
      out.flush();
    } catch (IOException e) {
      throw new WriteFailure(part, e);
    }
  }

  @Override
  public void close() throws WriteFailure {
    try {
      out.close();
    } catch (IOException e) {
      throw new WriteFailure(part, e);
    }
  }

  /** Writing the part file failed; the message names it and the reason. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(Path part, IOException cause) {
      super("cannot write " + part + ": " + IoErrors.reason(cause), cause);
    }
  }
}
