package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cakebench.data.Category;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvReader;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on CPU: the pool8-linear fixture on the 416 fixture images of three datasets. */
@Tag("slow")
@Needs(Requirement.SHARED)
class EvaluatorTest {
  private static final List<String> DATASETS = List.of("cue-conflict", "edge", "silhouette");

  @TempDir static Path images;
  @TempDir Path cache;
  @TempDir Path models;

  @BeforeAll
  static void linkFixtureImages() {
    Fixtures.SETS.forEach(set -> Fixtures.linkSet(Fixtures.POOL8, set, images));
  }

  @Test
  void writesTheDecisionsOfTheFixtureLogitsInModelVsHumanFormat() throws IOException {
    ModelSpec pool8 = Fixtures.model("pool8_linear", Fixtures.modelFile(Fixtures.POOL8));
    EvaluationSummary summary = evaluate(List.of(pool8), DATASETS, Shard.ALL);
    assertThat(summary.written()).isEqualTo(3);
    assertThat(summary.images()).isEqualTo(96 + 160 + 160);

    Map<String, Category> independent = independentDecisions();
    for (String set : Fixtures.SETS) {
      String dataset = Fixtures.dataset(set);
      Path file =
          cache
              .resolve("raw-data")
              .resolve(dataset)
              .resolve(dataset + "_pool8-linear_session-1.csv");
      List<Trial> trials = TrialCsvReader.read(file);
      List<String> names = Fixtures.imageNames(Fixtures.POOL8, set);
      assertThat(trials).extracting(Trial::imageName).containsExactlyElementsOf(names);
      for (int i = 0; i < trials.size(); i++) {
        Trial t = trials.get(i);
        assertThat(t.observer()).isEqualTo("pool8_linear");
        assertThat(t.session()).isEqualTo(1);
        assertThat(t.trial()).isEqualTo(i + 1);
        assertThat(t.rt()).isNaN();
        assertThat(t.condition()).isEqualTo("NaN");
        assertThat(t.category().label())
            .isEqualTo(
                Fixtures.stimulusFiles(dataset)
                    .get(t.imageName())
                    .getParent()
                    .getFileName()
                    .toString());
        assertThat(t.response())
            .as(t.imageName())
            .isEqualTo(independent.get(set + "/" + t.imageName()));
      }
      ResultManifest manifest =
          ResultManifest.read(
                  file.resolveSibling(dataset + "_pool8-linear_session-1.manifest.json"))
              .orElseThrow();
      assertThat(manifest.key().modelSha256())
          .isEqualTo(DecisionCache.sha256(Fixtures.modelFile(Fixtures.POOL8)));
      assertThat(manifest.key().images()).isEqualTo(names.size());
      assertThat(manifest.engine()).startsWith("PyTorch ");
      assertThat(manifest.device()).isEqualTo("cpu()");
    }
    // the fixture's decisions vary on cue-conflict: more than one response in the file
    assertThat(independent.values().stream().distinct().count()).isGreaterThan(5);
  }

  @Test
  void aSecondRunSkipsCurrentFilesAndAChangedModelFileIsRecomputed() throws IOException {
    Path model = models.resolve("model.pt");
    Files.copy(Fixtures.modelFile(Fixtures.POOL8), model);
    ModelSpec spec = Fixtures.model("mine", model);
    assertThat(evaluate(List.of(spec), List.of("edge", "silhouette"), Shard.ALL).written())
        .isEqualTo(2);
    Path edge = cache.resolve("raw-data/edge/edge_mine_session-1.csv");
    Files.setLastModifiedTime(edge, FileTime.fromMillis(0));

    EvaluationSummary again = evaluate(List.of(spec), List.of("edge", "silhouette"), Shard.ALL);
    assertThat(again.written()).isZero();
    assertThat(again.upToDate()).isEqualTo(2);
    assertThat(Files.getLastModifiedTime(edge).toMillis()).isZero();

    // same id, different TorchScript file: both files are recomputed with the new model
    Files.copy(Fixtures.modelFile(Fixtures.SQUEEZENET), model, StandardCopyOption.REPLACE_EXISTING);
    EvaluationSummary changed = evaluate(List.of(spec), List.of("edge"), Shard.ALL);
    assertThat(changed.written()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(edge).toMillis()).isPositive();
    assertThat(
            new DecisionCache(cache.resolve("raw-data"))
                .manifest(job(spec, "edge"))
                .orElseThrow()
                .key()
                .modelSha256())
        .isEqualTo(DecisionCache.sha256(Fixtures.modelFile(Fixtures.SQUEEZENET)));
  }

  @Test
  void aDamagedManifestMakesTheFileBeRecomputed() throws IOException {
    ModelSpec spec = Fixtures.model("pool8", Fixtures.modelFile(Fixtures.POOL8));
    assertThat(evaluate(List.of(spec), List.of("edge"), Shard.ALL).written()).isEqualTo(1);
    Path manifest = cache.resolve("raw-data/edge/edge_pool8_session-1.manifest.json");
    for (String damaged : List.of("{}", "{\"format\": 1}", "not json")) {
      Files.writeString(manifest, damaged);
      assertThat(evaluate(List.of(spec), List.of("edge"), Shard.ALL).written())
          .as(damaged)
          .isEqualTo(1);
    }
  }

  @Test
  void aChangedImageSetIsRecomputed() throws IOException {
    Path own = models.resolve("images");
    Fixtures.linkSet(Fixtures.POOL8, "edge-160", own);
    ModelSpec spec = Fixtures.model("pool8", Fixtures.modelFile(Fixtures.POOL8));
    assertThat(evaluate(List.of(spec), List.of("edge"), Shard.ALL, own).written()).isEqualTo(1);
    try (Stream<Path> files = Files.walk(own.resolve("edge/airplane"))) {
      Files.delete(files.filter(Files::isSymbolicLink).findFirst().orElseThrow());
    }
    EvaluationSummary rerun = evaluate(List.of(spec), List.of("edge"), Shard.ALL, own);
    assertThat(rerun.written()).isEqualTo(1);
    assertThat(TrialCsvReader.read(cache.resolve("raw-data/edge/edge_pool8_session-1.csv")))
        .hasSize(159);
  }

  @Test
  void aJobWhoseLockIsHeldIsSkippedWithAMessage() {
    ModelSpec spec = Fixtures.model("pool8", Fixtures.modelFile(Fixtures.POOL8));
    DecisionCache decisions = new DecisionCache(cache.resolve("raw-data"));
    RecordingListener listener = new RecordingListener();
    try (DecisionLock held = decisions.tryLock(job(spec, "edge")).orElseThrow()) {
      EvaluationSummary summary =
          new Evaluator(
                  config(List.of(spec), List.of("edge", "silhouette"), Shard.ALL, images), listener)
              .run();
      assertThat(summary.locked()).isEqualTo(1);
      assertThat(summary.written()).isEqualTo(1);
    }
    assertThat(listener.warnings)
        .singleElement()
        .asString()
        .contains("skipping pool8 on edge")
        .contains(".lock");
    assertThat(decisions.trialFile(job(spec, "edge"))).doesNotExist();
  }

  @Test
  void shardsSplitTheJobsWithoutOverlap() {
    ModelSpec a = Fixtures.model("a", Fixtures.modelFile(Fixtures.POOL8));
    ModelSpec b = Fixtures.model("b", Fixtures.modelFile(Fixtures.POOL8));
    EvaluationSummary first =
        evaluate(List.of(a, b), List.of("edge", "silhouette"), new Shard(0, 3));
    EvaluationSummary second =
        evaluate(List.of(a, b), List.of("edge", "silhouette"), new Shard(1, 3));
    EvaluationSummary third =
        evaluate(List.of(a, b), List.of("edge", "silhouette"), new Shard(2, 3));
    assertThat(List.of(first.written(), second.written(), third.written()))
        .containsExactly(2, 1, 1);
    assertThat(evaluate(List.of(a, b), List.of("edge", "silhouette"), Shard.ALL).upToDate())
        .isEqualTo(4);
  }

  @Test
  void aMissingOrNonTorchScriptModelFailsBeforeAnyImageIsRead() throws IOException {
    ModelSpec missing = Fixtures.model("missing", models.resolve("missing.pt"));
    assertThatThrownBy(() -> evaluate(List.of(missing), List.of("edge"), Shard.ALL))
        .isInstanceOf(ModelFileException.class)
        .hasMessageContaining("missing.pt")
        .hasMessageContaining("model file not found");
    Path text = Files.writeString(models.resolve("weights.pt"), "not a model");
    assertThatThrownBy(
            () -> evaluate(List.of(Fixtures.model("text", text)), List.of("edge"), Shard.ALL))
        .isInstanceOf(ModelFileException.class)
        .hasMessageContaining("not a TorchScript file");
    assertThat(cache.resolve("raw-data")).doesNotExist();
  }

  @Test
  void aZipThatIsNotTorchScriptFailsWhenLoaded() throws IOException {
    Path zip = models.resolve("state_dict.pt");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("archive/data.pkl"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    assertThatThrownBy(
            () -> evaluate(List.of(Fixtures.model("zip", zip)), List.of("edge"), Shard.ALL))
        .isInstanceOf(ModelFileException.class)
        .hasMessageContaining("not a TorchScript model")
        .hasMessageContaining("state_dict.pt");
  }

  @Test
  void anUnreadableImageIsNamed() throws IOException {
    Path own = models.resolve("broken");
    Path bad = own.resolve("edge/cat/cat1.png");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "truncated");
    ModelSpec spec = Fixtures.model("pool8", Fixtures.modelFile(Fixtures.POOL8));
    assertThatThrownBy(() -> evaluate(List.of(spec), List.of("edge"), Shard.ALL, own))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining(bad.toString());
  }

  /** Decisions from the fixture logits, with the shared mapping table and plain Java. */
  static Map<String, Category> independentDecisions() throws IOException {
    Map<Category, int[]> table = new HashMap<>();
    for (String line :
        Files.readAllLines(Fixtures.shared().resolve("data/mappings/imagenet-to-16-class.tsv"))) {
      String[] f = line.split("\t");
      Optional<Category> c = Category.fromLabel(f[0]);
      c.ifPresent(
          category ->
              table.put(
                  category, Stream.of(f[1].split(",")).mapToInt(Integer::parseInt).toArray()));
    }
    Map<String, Category> decisions = new HashMap<>();
    for (String set : Fixtures.SETS) {
      float[] logits = Fixtures.logits(Fixtures.POOL8, set);
      List<String> names = Fixtures.imageNames(Fixtures.POOL8, set);
      for (int row = 0; row < names.size(); row++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 1000; i++) {
          max = Math.max(max, logits[row * 1000 + i]);
        }
        double z = 0;
        for (int i = 0; i < 1000; i++) {
          z += Math.exp(logits[row * 1000 + i] - max);
        }
        Category best = null;
        double bestMean = -1;
        for (Category c : Category.values()) {
          double sum = 0;
          for (int index : table.get(c)) {
            sum += Math.exp(logits[row * 1000 + index] - max) / z;
          }
          double mean = sum / table.get(c).length;
          if (mean > bestMean) {
            bestMean = mean;
            best = c;
          }
        }
        decisions.put(set + "/" + names.get(row), best);
      }
    }
    return decisions;
  }

  @Test
  void aRunRemovesTheTemporaryFilesOfItsJobsThatAKilledRunLeft() throws IOException {
    ModelSpec a = Fixtures.model("a", Fixtures.modelFile(Fixtures.POOL8));
    ModelSpec b = Fixtures.model("b", Fixtures.modelFile(Fixtures.POOL8));
    Path edge = Files.createDirectories(cache.resolve("raw-data/edge"));
    // What AtomicFiles leaves when killed while writing a trial file or a manifest.
    List<String> killedWrites =
        List.of(".edge_a_session-1.csv4411.tmp", ".edge_a_session-1.manifest.json99.tmp");
    List<String> lockedWrites = List.of(".edge_b_session-1.csv12.tmp");
    List<String> notOurs = List.of(".edge_a_session-1.csv.tmp", ".notes123.tmp", "a.tmp");
    for (String name :
        Stream.of(killedWrites, lockedWrites, notOurs).flatMap(List::stream).toList()) {
      Files.writeString(edge.resolve(name), "half");
    }
    DecisionCache decisions = new DecisionCache(cache.resolve("raw-data"));
    // b is being written by another process: its files are left alone.
    try (DecisionLock other = decisions.tryLock(job(b, "edge")).orElseThrow()) {
      EvaluationSummary run = evaluate(List.of(a, b), List.of("edge"), Shard.ALL);
      assertThat(run.written()).isEqualTo(1);
      assertThat(run.locked()).isEqualTo(1);
    }
    for (String name : killedWrites) {
      assertThat(edge.resolve(name)).doesNotExist();
    }
    for (String name : Stream.concat(lockedWrites.stream(), notOurs.stream()).toList()) {
      assertThat(edge.resolve(name)).hasContent("half");
    }
  }

  private EvaluationSummary evaluate(List<ModelSpec> specs, List<String> datasets, Shard shard) {
    return evaluate(specs, datasets, shard, images);
  }

  private EvaluationSummary evaluate(
      List<ModelSpec> specs, List<String> datasets, Shard shard, Path imageDir) {
    return new Evaluator(config(specs, datasets, shard, imageDir), EvaluationListener.SILENT).run();
  }

  private EvaluationConfig config(
      List<ModelSpec> specs, List<String> datasets, Shard shard, Path imageDir) {
    List<Dataset> ds = datasets.stream().map(Datasets::require).toList();
    return new EvaluationConfig(
        specs, ds, imageDir, cache, BatchSize.of(16), DeviceChoice.CPU, shard, 2, "test");
  }

  private static EvaluationJob job(ModelSpec spec, String dataset) {
    return new EvaluationJob(spec, Datasets.require(dataset));
  }
}
