package org.cakebench.site.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.AnalysisJson;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.analysis.ConsistencyMatrix;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.analysis.ObserverResults;
import org.cakebench.analysis.ShapeBias;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.ReportData;
import org.cakebench.report.claims.ClaimResult;

/**
 * The analyses as JSON downloads: benchmark scores, every per-condition score, error consistency
 * and shape bias, the confusion matrices, and the claim checks. NaN is written as null.
 */
final class AnalysesJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysesJson() {}

  /** A JSON document that starts with the build's provenance. */
  private static ObjectNode root(BuildInfo build) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("provenance", Provenance.of(build, MAPPER));
    return root;
  }

  static DownloadFile writeBenchmark(ReportData report, BuildInfo build, Path file) {
    ObjectNode root = root(build);
    root.setAll(AnalysisJson.toJson(report.results()));
    return write(file, root);
  }

  static DownloadFile writeAnalyses(ReportData report, BuildInfo build, Path file) {
    ObjectNode root = root(build);
    ArrayNode datasets = root.putArray("datasets");
    report.datasets().forEach(d -> datasets.add(d.name()));
    ArrayNode models = root.putArray("models");
    report.models().forEach(models::add);
    ArrayNode scores = root.putArray("scores");
    ArrayNode consistency = root.putArray("human_consistency");
    for (DatasetResults d : report.perDataset()) {
      for (ObserverResults o : d.observers().values()) {
        for (ConditionScore s : o.conditions()) {
          ObjectNode n = scores.addObject();
          key(n, o.observer(), d, s);
          number(n, "accuracy", s.accuracy());
          number(n, "entropy", s.entropy());
          n.put("trials", s.trials());
          if (s.withHumans() != null) {
            ObjectNode h = consistency.addObject();
            key(h, o.observer(), d, s);
            number(h, "error_consistency", s.withHumans().kappa());
            number(h, "observed_consistency", s.withHumans().observed());
          }
        }
      }
    }
    ArrayNode shape = root.putArray("shape_bias");
    for (ShapeBiasEntry e : report.results().shapeBias().values()) {
      ObjectNode n = shape.addObject();
      n.put("observer", e.observer());
      shapeBias(n, e.overall());
      ObjectNode perCategory = n.putObject("per_category");
      for (Map.Entry<Category, ShapeBias> c : e.perCategory().entrySet()) {
        shapeBias(perCategory.putObject(c.getKey().label()), c.getValue());
      }
    }
    ArrayNode matrices = root.putArray("consistency_matrices");
    for (DatasetResults d : report.perDataset()) {
      ConsistencyMatrix m = d.matrix();
      if (m == null) {
        continue;
      }
      ObjectNode n = matrices.addObject();
      n.put("dataset", d.dataset().name()).put("condition", Condition.ALL.label());
      ArrayNode ids = n.putArray("observers");
      m.observers().forEach(ids::add);
      ArrayNode rows = n.putArray("error_consistency");
      for (double[] row : m.kappa()) {
        ArrayNode values = rows.addArray();
        for (double v : row) {
          add(values, v);
        }
      }
    }
    return write(file, root);
  }

  private static void key(ObjectNode n, String observer, DatasetResults d, ConditionScore s) {
    n.put("observer", observer)
        .put("dataset", d.dataset().name())
        .put("condition", s.condition().label());
  }

  /**
   * The confusion matrices, written as they are read rather than built as a tree first: at a
   * hundred models they are some 3 million numbers, and a tree of them would be a node each. The
   * layout and the bytes are those the mapper writes for a tree.
   */
  static DownloadFile writeConfusions(ReportData report, BuildInfo build, Path file) {
    AtomicFiles.write(
        file,
        out -> {
          try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("provenance");
            MAPPER.writeTree(g, Provenance.of(build, MAPPER));
            g.writeArrayFieldStart("rows");
            for (Category c : Category.values()) {
              g.writeString(c.label());
            }
            g.writeString(Category.NO_ANSWER);
            g.writeEndArray();
            g.writeArrayFieldStart("columns");
            for (Category c : Category.values()) {
              g.writeString(c.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("confusions");
            for (DatasetResults d : report.perDataset()) {
              for (ObserverResults o : d.observers().values()) {
                for (ConditionScore s : o.conditions()) {
                  if (s.confusion() != null) {
                    confusion(g, o.observer(), d, s);
                  }
                }
              }
            }
            g.writeEndArray();
            g.writeEndObject();
          }
        });
    return downloadFile(file);
  }

  private static void confusion(
      JsonGenerator g, String observer, DatasetResults d, ConditionScore s) throws IOException {
    ConfusionMatrix m = s.confusion();
    g.writeStartObject();
    g.writeStringField("observer", observer);
    g.writeStringField("dataset", d.dataset().name());
    g.writeStringField("condition", s.condition().label());
    g.writeArrayFieldStart("percent");
    for (Category response : Category.values()) {
      g.writeStartArray();
      for (Category truth : Category.values()) {
        number(g, m.percent(response, truth));
      }
      g.writeEndArray();
    }
    g.writeStartArray();
    for (Category truth : Category.values()) {
      number(g, m.noAnswerPercent(truth));
    }
    g.writeEndArray();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeNull();
    }
  }

  static DownloadFile writeClaims(List<ClaimResult> claims, BuildInfo build, Path file) {
    ObjectNode document = root(build);
    ArrayNode root = document.putArray("claims");
    for (ClaimResult c : claims) {
      ObjectNode n = root.addObject();
      n.put("id", c.id())
          .put("section", c.text().section().key())
          .put("where", c.text().where())
          .put("statement", c.text().statement())
          .put("paper", c.text().paperValue())
          .put("reproduced", c.outcome().reproduced())
          .put("verdict", c.verdict().label())
          .put("rule", c.text().rule());
      ObjectNode coverage = n.putObject("coverage");
      coverage.put("present", c.coverage().present()).put("total", c.coverage().total());
      ArrayNode groups = coverage.putArray("groups");
      c.coverage()
          .parts()
          .forEach(
              p ->
                  groups
                      .addObject()
                      .put("group", p.group())
                      .put("present", p.present())
                      .put("total", p.total()));
      ArrayNode basis = n.putArray("basis");
      c.outcome().basis().forEach(basis::add);
    }
    return write(file, document);
  }

  private static void shapeBias(ObjectNode n, ShapeBias s) {
    number(n, "shape_bias", s.bias());
    number(n, "shape_share", s.shapeShare());
    number(n, "texture_share", s.textureShare());
    n.put("trials", s.trials());
  }

  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  private static void add(ArrayNode array, double value) {
    if (Double.isFinite(value)) {
      array.add(value);
    } else {
      array.addNull();
    }
  }

  private static DownloadFile write(Path file, Object tree) {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, tree));
    return downloadFile(file);
  }

  private static DownloadFile downloadFile(Path file) {
    String name = file.getParent().getFileName() + "/" + file.getFileName();
    return new DownloadFile(name, "", "", Downloads.size(file), null);
  }
}
