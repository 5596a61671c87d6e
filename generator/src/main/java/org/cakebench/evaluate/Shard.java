package org.cakebench.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.data.InvalidInputException;

/**
 * One of {@code count} disjoint parts of a job list, {@code index} counting from 0: shard {@code
 * i/n} takes jobs {@code i, i + n, i + 2n, ...}. The split depends only on the list, so every
 * process given the same models and datasets agrees on it (one process per GPU, e.g. a Slurm job
 * array or a Kubernetes Indexed Job, sharing one cache).
 *
 * @param index this shard, {@code 0 <= index < count}
 * @param count the number of shards
 */
public record Shard(int index, int count) {
  /** The whole job list. */
  public static final Shard ALL = new Shard(0, 1);

  private static final Pattern FORMAT = Pattern.compile("(\\d+)/(\\d+)");

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new InvalidInputException(
          "shard must be i/n with 0 <= i < n, not " + index + "/" + count);
    }
  }

  /** Parses {@code i/n}, e.g. {@code 0/4}. */
  public static Shard parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException("shard must look like i/n (e.g. 0/4), not '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("shard numbers too large: '" + text + "'");
    }
  }

  /** The jobs of this shard, in list order. */
  public <T> List<T> select(List<T> jobs) {
    List<T> mine = new ArrayList<>();
    for (int i = index; i < jobs.size(); i += count) {
      mine.add(jobs.get(i));
    }
    return mine;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
