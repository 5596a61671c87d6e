package org.cakebench.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cakebench.data.TrialCsvWriter;

/**
 * Keeps evaluate off trial files it did not write ({@link DecisionCache.Owner}): takes a job list,
 * gives back the jobs evaluate may write, and warns once per model and reason about the others,
 * naming the file and another id to evaluate under.
 */
final class ProtectedTrialFiles {
  private enum Reason {
    PUBLISHED_PRESENT,
    PUBLISHED_NAME,
    NO_MANIFEST
  }

  private record Group(String model, Reason reason) {}

  private ProtectedTrialFiles() {}

  /** The jobs of {@code jobs} whose trial file evaluate may write; warns about the rest. */
  static List<EvaluationJob> writable(
      List<EvaluationJob> jobs, DecisionCache cache, EvaluationListener listener) {
    List<EvaluationJob> writable = new ArrayList<>();
    Map<Group, List<EvaluationJob>> kept = new LinkedHashMap<>();
    for (EvaluationJob job : jobs) {
      DecisionCache.Owner owner = cache.owner(job);
      if (owner.writable()) {
        writable.add(job);
      } else {
        Group group = new Group(job.model().id(), reason(owner, cache, job));
        kept.computeIfAbsent(group, g -> new ArrayList<>()).add(job);
      }
    }
    kept.forEach((group, skipped) -> listener.warn(warning(skipped, group.reason(), cache)));
    return writable;
  }

  /** Whether {@code job} may be written; warns if not (checked again under the job's lock). */
  static boolean writable(EvaluationJob job, DecisionCache cache, EvaluationListener listener) {
    return writable(List.of(job), cache, listener).size() == 1;
  }

  private static Reason reason(DecisionCache.Owner owner, DecisionCache cache, EvaluationJob job) {
    if (owner == DecisionCache.Owner.OTHER) {
      return Reason.NO_MANIFEST;
    }
    return Files.exists(cache.trialFile(job)) ? Reason.PUBLISHED_PRESENT : Reason.PUBLISHED_NAME;
  }

  private static String warning(List<EvaluationJob> jobs, Reason reason, DecisionCache cache) {
    EvaluationJob first = jobs.get(0);
    String id = first.model().id();
    Path file =
        jobs.size() == 1
            ? cache.trialFile(first)
            : cache
                .rawDataDir()
                .resolve("<dataset>")
                .resolve(TrialCsvWriter.fileName("<dataset>", id, 1));
    String datasets = jobs.stream().map(j -> j.dataset().name()).collect(Collectors.joining(", "));
    String what =
        switch (reason) {
          case PUBLISHED_PRESENT -> "published decisions exist in " + file;
          case PUBLISHED_NAME ->
              file + " is where fetch-data puts published decisions; not written";
          case NO_MANIFEST ->
              "decisions that evaluate did not write (no manifest beside them: imported or placed"
                  + " by hand) exist in "
                  + file;
        };
    return id
        + " on "
        + datasets
        + ": "
        + what
        + (reason == Reason.PUBLISHED_NAME ? "" : "; not overwritten")
        + " — evaluate under another id, e.g. --model "
        + id
        + "-local="
        + shortPath(first.model().input().file());
  }

  /** {@code file} relative to the working folder when it lies below it. */
  private static Path shortPath(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute) : file;
  }
}
