package org.cakebench.site.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cakebench.report.BuildInfo;

/**
 * The provenance every download carries: the tool and build date, the paper, the upstream
 * repositories at their pinned commits and the SHA-256 of the data manifest. JSON downloads start
 * with it as their {@code provenance} object; CSV files, which the readers of the model-vs-human
 * layout would not accept with a comment line, get it from the companion {@code
 * downloads/provenance.json} ({@link ReportArchive}).
 */
public final class Provenance {
  private Provenance() {}

  /** The {@code provenance} object of {@code build}. */
  public static ObjectNode of(BuildInfo build, ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.put("generator", "cakebench " + build.version());
    n.put("built", build.date());
    n.put(
        "paper",
        "Geirhos et al. (2020), On the surprising similarities between supervised and"
            + " self-supervised models, arXiv:"
            + BuildInfo.PAPER_ARXIV);
    n.put("paper_url", BuildInfo.PAPER_URL);
    ArrayNode sources = n.putArray("data_sources");
    for (BuildInfo.Source s : build.sources()) {
      ObjectNode source = sources.addObject();
      source.put("repository", s.url());
      ArrayNode commits = source.putArray("commits");
      s.commits().forEach(c -> commits.add(c.sha()));
    }
    n.put("data_obtained", build.dataSource());
    n.put("data_manifest_sha256", build.manifestSha256());
    return n;
  }
}
