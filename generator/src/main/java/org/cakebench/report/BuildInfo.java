package org.cakebench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.data.fetch.ManifestEntry;

/**
 * The facts of one build that the footer, the downloads and the citation give: the tool's version,
 * the build date, how the data were obtained, the upstream repositories at their pinned commits and
 * the SHA-256 of the data manifest that every data file was verified against.
 *
 * @param version the cakebench version, e.g. {@code 0.1.0}
 * @param date the build date as ISO text, e.g. {@code 2025-11-26}
 * @param dataSource how the trials were obtained, e.g. {@code copied from a local mirror}
 * @param sources the upstream repositories of the data, each with its pinned commits
 * @param manifestSha256 the SHA-256 of the data manifest (lower-case hex), or empty if unknown
 * @param manifest each downloaded file of the data manifest by its path in the data folder, e.g.
 *     {@code raw-data/edge/edge_resnet50_session-1.csv}: its size, SHA-256 and pinned URL
 */
public record BuildInfo(
    String version,
    String date,
    String dataSource,
    List<Source> sources,
    String manifestSha256,
    Map<String, ManifestEntry> manifest) {

  /** The paper this report reproduces, as arXiv lists it. */
  public static final String PAPER_ARXIV = "2010.08377";

  /** The paper's abstract page. */
  public static final String PAPER_URL = "https://arxiv.org/abs/" + PAPER_ARXIV;

  private static final Pattern GITHUB_RAW =
      Pattern.compile("https://raw\\.githubusercontent\\.com/([^/]+/[^/]+)/([0-9a-f]{7,40})/.*");

  public BuildInfo {
    sources = List.copyOf(sources);
    manifest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
  }

  /** Facts without the data's provenance (tests, tools). */
  public BuildInfo(String version, String date, String dataSource) {
    this(version, date, dataSource, List.of(), "", Map.of());
  }

  /**
   * One upstream repository of the data.
   *
   * @param repository its GitHub name, e.g. {@code bethgelab/model-vs-human}
   * @param commits the commits its files are pinned to, each with how many files it gives
   */
  public record Source(String repository, List<Commit> commits) {
    public Source {
      commits = List.copyOf(commits);
    }

    /** The repository's page. */
    public String url() {
      return "https://github.com/" + repository;
    }
  }

  /**
   * A pinned commit.
   *
   * @param sha the full commit hash
   * @param files how many files of the manifest come from it
   */
  public record Commit(String repository, String sha, int files) {
    /** The first eight hex digits, as the footer shows them. */
    public String shortSha() {
      return sha.substring(0, Math.min(8, sha.length()));
    }

    /** The repository's tree at this commit. */
    public String url() {
      return "https://github.com/" + repository + "/tree/" + sha;
    }
  }

  /**
   * The facts of a build over the data of {@code manifest}, whose own bytes hash to {@code
   * manifestSha256}: the repositories and commits of its pinned GitHub URLs, in name order.
   */
  public static BuildInfo of(
      String version,
      String date,
      String dataSource,
      List<ManifestEntry> manifest,
      String manifestSha256) {
    Map<String, Map<String, Integer>> commits = new TreeMap<>();
    Map<String, ManifestEntry> files = new LinkedHashMap<>();
    for (ManifestEntry e : manifest) {
      if (e.derived()) {
        continue;
      }
      files.put(e.path(), e);
      Matcher m = GITHUB_RAW.matcher(e.upstream());
      if (m.matches()) {
        commits
            .computeIfAbsent(m.group(1), k -> new TreeMap<>())
            .merge(m.group(2), 1, Integer::sum);
      }
    }
    List<Source> sources = new ArrayList<>();
    commits.forEach(
        (repository, byCommit) -> {
          List<Commit> list = new ArrayList<>();
          for (String sha : new TreeSet<>(byCommit.keySet())) {
            list.add(new Commit(repository, sha, byCommit.get(sha)));
          }
          sources.add(new Source(repository, list));
        });
    return new BuildInfo(version, date, dataSource, sources, manifestSha256, files);
  }

  /** The pinned commits in a few words, e.g. {@code bethgelab/model-vs-human @ 79ed7cd1}. */
  public String pinnedCommits() {
    List<String> parts = new ArrayList<>();
    for (Source s : sources) {
      parts.add(
          s.repository()
              + " @ "
              + String.join(", ", s.commits().stream().map(Commit::shortSha).toList()));
    }
    return String.join("; ", parts);
  }
}
