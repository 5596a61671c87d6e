package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cakebench.data.Datasets;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluate writes only trial files it wrote before or that do not exist: published and imported
 * decisions stay as they are, and a file of its own that changed since, or whose writing broke off
 * between trial file and manifest, is recomputed.
 */
@Needs(Requirement.SHARED)
class TrialFileOwnershipTest {
  @TempDir static Path images;
  @TempDir Path cache;

  @BeforeAll
  static void linkEdgeImages() {
    Fixtures.linkSet(Fixtures.POOL8, "edge-160", images);
  }

  private static ModelSpec pool8(String id) {
    return Fixtures.model(id, Fixtures.modelFile(Fixtures.POOL8));
  }

  private EvaluationSummary evaluate(ModelSpec spec, EvaluationListener listener) {
    return evaluate(spec, listener, new DecisionCache(cache.resolve("raw-data")));
  }

  private EvaluationSummary evaluate(
      ModelSpec spec, EvaluationListener listener, DecisionCache decisions) {
    EvaluationConfig config = Fixtures.cpuConfig(List.of(spec), List.of("edge"), images, cache);
    return new Evaluator(config, listener, decisions).run();
  }

  private Path trialFile(String id) {
    return cache.resolve("raw-data/edge/edge_" + id + "_session-1.csv");
  }

  private Path manifestFile(String id) {
    return cache.resolve("raw-data/edge/edge_" + id + "_session-1.manifest.json");
  }

  @Test
  void anIdWhosePublishedFileExistsLeavesItByteIdenticalAndWarns() throws IOException {
    Path published = trialFile("resnet50");
    Files.createDirectories(published.getParent());
    Files.copy(
        Fixtures.shared().resolve("data/raw-data/edge/edge_resnet50_session-1.csv"), published);
    byte[] before = Files.readAllBytes(published);
    RecordingListener listener = new RecordingListener();

    EvaluationSummary summary = evaluate(pool8("resnet50"), listener);

    assertThat(summary.written()).isZero();
    assertThat(summary.kept()).isEqualTo(1);
    assertThat(Files.readAllBytes(published)).isEqualTo(before);
    assertThat(manifestFile("resnet50")).doesNotExist();
    assertThat(listener.warnings)
        .singleElement()
        .asString()
        .startsWith("resnet50 on edge: published decisions exist in " + published)
        .contains("not overwritten")
        .contains("evaluate under another id, e.g. --model resnet50-local=");
    assertThat(listener.events).isEmpty();
  }

  @Test
  void aPublishedNameIsNotWrittenEvenBeforeFetchDataPlacedIt() {
    RecordingListener listener = new RecordingListener();
    EvaluationSummary summary = evaluate(pool8("simclr_resnet50x1"), listener);
    assertThat(summary.written()).isZero();
    assertThat(summary.kept()).isEqualTo(1);
    assertThat(trialFile("simclr-resnet50x1")).doesNotExist();
    assertThat(listener.warnings)
        .singleElement()
        .asString()
        .contains("is where fetch-data puts published decisions")
        .contains("--model simclr_resnet50x1-local=");
  }

  @Test
  void aTrialFileWithoutManifestIsSomeoneElsesAndIsNotOverwritten() throws IOException {
    Path imported = trialFile("tvs2019-alexnet");
    Files.createDirectories(imported.getParent());
    Files.writeString(
        imported, "subj,session,trial,rt,object_response,category,condition,imagename\n");
    RecordingListener listener = new RecordingListener();

    EvaluationSummary summary = evaluate(pool8("tvs2019-alexnet"), listener);

    assertThat(summary.kept()).isEqualTo(1);
    assertThat(imported)
        .hasContent("subj,session,trial,rt,object_response,category,condition,imagename");
    assertThat(listener.warnings)
        .singleElement()
        .asString()
        .contains("tvs2019-alexnet on edge: decisions that evaluate did not write")
        .contains(imported.toString());
  }

  @Test
  void aTrialFileChangedAfterEvaluationIsRecomputed() throws IOException {
    ModelSpec spec = pool8("mine");
    assertThat(evaluate(spec, EvaluationListener.SILENT).written()).isEqualTo(1);
    Path file = trialFile("mine");
    byte[] evaluated = Files.readAllBytes(file);
    // someone edits the first decision by hand
    String first = TrialCsvReader.read(file).get(0).responseLabel();
    String other = first.equals("bird") ? "cat" : "bird";
    Files.writeString(
        file, Files.readString(file).replaceFirst(",NaN," + first + ",", ",NaN," + other + ","));
    assertThat(Files.readAllBytes(file)).isNotEqualTo(evaluated);

    EvaluationSummary rerun = evaluate(spec, EvaluationListener.SILENT);

    assertThat(rerun.written()).isEqualTo(1);
    assertThat(Files.readAllBytes(file)).isEqualTo(evaluated);
    assertThat(evaluate(spec, EvaluationListener.SILENT).upToDate()).isEqualTo(1);
  }

  @Test
  void writingThatBreaksOffBetweenTrialFileAndManifestIsRecomputedByTheNextRun() {
    ModelSpec spec = pool8("mine");
    EvaluationJob job = new EvaluationJob(spec, Datasets.require("edge"));
    DecisionCache crashing =
        new DecisionCache(
            cache.resolve("raw-data"),
            Set.of(),
            written -> {
              // the trial file is in place, and a manifest claims it without a hash
              assertThat(trialFile("mine")).exists();
              ResultManifest claim = ResultManifest.read(manifestFile("mine")).orElseThrow();
              assertThat(claim.trialsSha256()).isNull();
              throw new IllegalStateException("simulated crash");
            });
    assertThatThrownBy(() -> evaluate(spec, EvaluationListener.SILENT, crashing))
        .hasMessage("simulated crash");
    DecisionCache decisions = new DecisionCache(cache.resolve("raw-data"));
    assertThat(decisions.owner(job)).isEqualTo(DecisionCache.Owner.EVALUATE);
    assertThat(decisions.manifest(job).orElseThrow().trialsSha256()).isNull();

    EvaluationSummary next = evaluate(spec, EvaluationListener.SILENT);

    assertThat(next.written()).isEqualTo(1);
    assertThat(next.kept()).isZero();
    assertThat(decisions.manifest(job).orElseThrow().trialsSha256())
        .isEqualTo(DecisionCache.sha256(trialFile("mine")));
    assertThat(evaluate(spec, EvaluationListener.SILENT).upToDate()).isEqualTo(1);
  }
}
