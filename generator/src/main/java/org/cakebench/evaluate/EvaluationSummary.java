package org.cakebench.evaluate;

/**
 * What a run did.
 *
 * @param written trial files computed and written
 * @param upToDate trial files skipped because their cache entry is current
 * @param locked jobs skipped because another process held their lock
 * @param kept jobs skipped because their trial file holds decisions evaluate did not write
 *     (published or imported), which it never overwrites
 * @param images images run through a model
 * @param inferenceSeconds wall time spent on the written jobs (decoding overlapped)
 */
public record EvaluationSummary(
    int written, int upToDate, int locked, int kept, long images, double inferenceSeconds) {
  /** Images per second over the written jobs; NaN when nothing ran. */
  public double imagesPerSecond() {
    return images == 0 ? Double.NaN : images / inferenceSeconds;
  }
}
