package org.cakebench.evaluate;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param written the trial files written, one per observer and dataset
 * @param unmatched one line per imported trial left out because its image is not in the current
 *     dataset (or its category differs), naming the source file and image
 * @param skipped source files not imported, with the reason
 */
public record ImportReport(List<Written> written, List<String> unmatched, List<String> skipped) {
  public ImportReport {
    written = List.copyOf(written);
    unmatched = List.copyOf(unmatched);
    skipped = List.copyOf(skipped);
  }

  /**
   * One written trial file.
   *
   * @param observer the new observer id
   * @param dataset the dataset
   * @param source the 2019 file it came from
   * @param target the trial file written
   * @param trials trials written
   * @param missing images of the dataset the file has no trial for
   */
  public record Written(
      String observer, String dataset, Path source, Path target, int trials, int missing) {}
}
