package org.cakebench.data;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One observer's decisions on every image of one dataset, aligned on the dataset's {@link
 * ImageIndex}: per image the response as a small code, and the set of images answered correctly.
 * Also names the files the trials came from (for error messages; empty for trials built in code).
 */
public final class ObserverTrials {
  /** The response code of a missing answer ({@code na}). */
  public static final byte NO_ANSWER = (byte) Category.count();

  private final String observer;
  private final byte[] responses;
  private final ImageBits correct;
  private final List<Path> sources;
  private final boolean synthetic;

  ObserverTrials(
      String observer, byte[] responses, ImageBits correct, List<Path> sources, boolean synthetic) {
    this.observer = observer;
    this.responses = responses;
    this.correct = correct;
    this.sources = List.copyOf(sources);
    this.synthetic = synthetic;
  }

  /** The observer id, e.g. {@code subject-01} or {@code resnet50}. */
  public String observer() {
    return observer;
  }

  /** The number of trials: one per image of the dataset. */
  public int size() {
    return responses.length;
  }

  /** The response on the image at {@code position}; null for no answer. */
  public @Nullable Category response(int position) {
    byte code = responses[position];
    return code == NO_ANSWER ? null : Category.at(code);
  }

  /** The response code on the image at {@code position}: a category ordinal or NO_ANSWER. */
  public int responseCode(int position) {
    return responses[position];
  }

  /** The images whose response is the true category. */
  public ImageBits correct() {
    return correct;
  }

  /** The files the trials came from. */
  public List<Path> sources() {
    return sources;
  }

  /** Whether its files mark the decisions as synthetic rehearsal data, not results. */
  public boolean synthetic() {
    return synthetic;
  }

  /** Whether the observer is a human participant. */
  public boolean human() {
    return Observers.isHuman(observer);
  }

  /** Where the trials come from, for messages: the files, or the observer id. */
  public String origin() {
    return sources.isEmpty()
        ? observer
        : observer
            + " ("
            + sources.stream().map(Path::toString).collect(Collectors.joining(", "))
            + ")";
  }
}
