package org.cakebench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cakebench.data.Category;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/rehearsal_data.py} on a small base data folder (two datasets, three models on both,
 * one model on one, two humans): the requested number of model observers, the requested share of
 * changed responses, the synthetic marks on every file it writes, files cakebench reads, and the
 * same bytes for the same arguments.
 */
class RehearsalDataTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Path SCRIPT = Path.of("bench/rehearsal_data.py").toAbsolutePath();
  private static final String HEADER =
      "subj,session,trial,rt,object_response,category,condition,imagename";
  private static final List<String> DATASETS = List.of("edge", "silhouette");
  private static final List<String> PUBLISHED =
      List.of("resnet50", "simclr_resnet50x1", "bagnet33");
  private static final int IMAGES = 160;
  private static final String CATALOG =
      """
      observers:
        - {id: humans, name: Humans, group: human, family: Human observers, paper: true}
        - {id: alexnet, name: AlexNet, group: supervised, family: AlexNet, paper: true}
        - {id: resnet50, name: ResNet-50, group: supervised, family: ResNet, paper: true}
        - {id: vgg11_bn, name: VGG-11 (BN), group: supervised, family: VGG, paper: true,
           provenance: "two lines, # not a comment"}
        - {id: simclr_resnet50x1, name: SimCLR-x1, group: self-supervised, paper: true, colour: "#415a8c"}
        # - {id: commented-out, group: supervised, paper: true}
        - {id: InsDis, name: InsDis, group: self-supervised, family: InsDis, paper: true}
        - {id: bagnet33, name: BagNet-33, group: other, family: BagNet, paper: false}
      """;

  @TempDir Path dir;
  private Path base;
  private Path catalog;

  @BeforeEach
  void writeBaseData() throws IOException {
    assumeTrue(
        Files.isExecutable(PYTHON),
        "needs " + PYTHON + " to run bench/rehearsal_data.py (Debian: apt-get install python3)");
    base = dir.resolve("base");
    for (String dataset : DATASETS) {
      for (String model : PUBLISHED) {
        writeTrials(dataset, model, model.hashCode());
      }
      for (String human : List.of("subject-01", "subject-02")) {
        writeTrials(dataset, human, human.hashCode());
      }
    }
    writeTrials("edge", "tvs2019-alexnet", 7);
    Files.createDirectories(base.resolve("mappings"));
    Files.writeString(base.resolve("mappings/readme.txt"), "linked, not copied\n");
    catalog = dir.resolve("observers.yaml");
    Files.writeString(catalog, CATALOG);
  }

  @Test
  void addsThePapersMissingModelsFirstThenExtraIdsUpToNModelsOnEveryDataset() {
    Path out = generate(7, "--seed", "3");
    RawData data = new RawDataReader(w -> {}).read(out.resolve("raw-data"));
    List<String> added = List.of("InsDis", "alexnet", "synthetic-extra-001", "vgg11_bn");
    for (String name : DATASETS) {
      DatasetTrials dataset = data.dataset(Datasets.require(name)).orElseThrow();
      assertThat(dataset.models().stream().map(ObserverTrials::observer))
          .as(name)
          .containsAll(added)
          .containsAll(PUBLISHED)
          .hasSize(name.equals("edge") ? 8 : 7);
      assertThat(dataset.humans()).hasSize(2);
    }
    // cakebench reads the marking column and knows which observers are rehearsal data
    assertThat(data.synthetic()).containsExactlyInAnyOrderElementsOf(added);
    assertThat(read(out.resolve("SYNTHETIC-REHEARSAL-DATA.txt")))
        .contains("NOT RESULTS")
        .contains("alexnet <- resnet50", "vgg11_bn <- simclr_resnet50x1", "InsDis <- bagnet33")
        .contains("synthetic-extra-001 <- resnet50");
  }

  @Test
  void changesTheRequestedShareOfResponsesToOtherCategories() throws IOException {
    Path out = generate(5, "--changed", "0.25");
    Map<String, String> copied = Map.of("alexnet", "resnet50", "vgg11_bn", "simclr_resnet50x1");
    for (String dataset : DATASETS) {
      Path folder = out.resolve("raw-data").resolve(dataset);
      for (var pair : copied.entrySet()) {
        String synthetic = pair.getKey().replace('_', '-') + "_synthetic";
        Map<String, String> mine = responses(folder.resolve(trialFile(dataset, synthetic)));
        Map<String, String> theirs =
            responses(folder.resolve(trialFile(dataset, pair.getValue().replace('_', '-'))));
        assertThat(mine.keySet()).isEqualTo(theirs.keySet());
        long changed =
            mine.keySet().stream().filter(i -> !mine.get(i).equals(theirs.get(i))).count();
        assertThat(changed).as("%s on %s", pair.getKey(), dataset).isEqualTo(IMAGES / 4);
        assertThat(mine.values()).allMatch(r -> Category.fromLabel(r).isPresent());
      }
    }
  }

  @Test
  void marksEveryFileItWritesAndLinksTheRest() throws IOException {
    Path out = generate(5);
    assertThat(out.resolve("SYNTHETIC-REHEARSAL-DATA.txt")).isRegularFile();
    assertThat(Files.isSymbolicLink(out.resolve("mappings"))).isTrue();
    for (String dataset : DATASETS) {
      Path folder = out.resolve("raw-data").resolve(dataset);
      assertThat(folder.resolve(dataset + "_vgg11-bn_synthetic_session-1.csv")).isRegularFile();
      for (Path file : list(folder)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (file.getFileName().toString().contains("synthetic")) {
          assertThat(lines.get(0)).isEqualTo(HEADER + ",synthetic");
          assertThat(lines.subList(1, lines.size()))
              .hasSize(IMAGES)
              .allMatch(line -> line.endsWith(",rehearsal-not-results"));
        } else {
          assertThat(
                  Files.mismatch(
                      file, base.resolve("raw-data").resolve(dataset).resolve(file.getFileName())))
              .as("%s is the base's file", file)
              .isEqualTo(-1);
        }
      }
      // the base data is left as it was
      assertThat(list(base.resolve("raw-data").resolve(dataset)))
          .noneMatch(f -> f.getFileName().toString().contains("synthetic"));
    }
  }

  @Test
  void sameArgumentsGiveTheSameBytesAndAnotherSeedOtherResponses() throws IOException {
    Map<String, byte[]> first = files(generate(6, "--out", dir.resolve("a").toString()));
    Map<String, byte[]> second = files(generate(6, "--out", dir.resolve("b").toString()));
    Map<String, byte[]> reseeded =
        files(generate(6, "--out", dir.resolve("c").toString(), "--seed", "2"));
    assertThat(first.keySet()).isEqualTo(second.keySet()).isEqualTo(reseeded.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    String synthetic = "raw-data/edge/edge_alexnet_synthetic_session-1.csv";
    assertThat(reseeded.get(synthetic)).isNotEqualTo(first.get(synthetic));
  }

  @Test
  void refusesFewerModelsThanTheBaseHasAndFoldersThatAreNoRehearsal() throws IOException {
    Result tooFew = run(2, "--out", dir.resolve("x").toString());
    assertThat(tooFew.exit()).isEqualTo(2);
    assertThat(tooFew.output()).contains("N=2 is below the 3 model observers");
    Path occupied = Files.createDirectories(dir.resolve("occupied"));
    Result refused = run(3, "--out", occupied.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.output()).contains("is no rehearsal directory; not replaced");
    // an earlier rehearsal is replaced
    Path out = generate(4);
    assertThat(run(3, "--out", out.toString()).exit()).isZero();
    assertThat(list(out.resolve("raw-data/edge")))
        .noneMatch(f -> f.getFileName().toString().contains("synthetic"));
  }

  private Path generate(int models, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    if (!args.contains("--out")) {
      args.addAll(List.of("--out", dir.resolve("rehearsal").toString()));
    }
    Result result = run(models, args.toArray(String[]::new));
    assertThat(result.exit()).as(result.output()).isZero();
    return Path.of(args.get(args.indexOf("--out") + 1));
  }

  private record Result(int exit, String output) {}

  private Result run(int models, String... options) {
    List<String> command =
        new ArrayList<>(
            List.of(
                PYTHON.toString(),
                SCRIPT.toString(),
                String.valueOf(models),
                "--base",
                base.toString(),
                "--observers",
                catalog.toString(),
                "--quiet"));
    command.addAll(List.of(options));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One model's decisions on {@code IMAGES} images, with responses from a seeded generator. */
  private void writeTrials(String dataset, String observer, long seed) throws IOException {
    boolean human = observer.startsWith("subject-");
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    Random random = new Random(seed);
    for (int i = 0; i < IMAGES; i++) {
      String category = Category.at(i % 16).label();
      String response = Category.at(random.nextInt(16)).label();
      String image = category + (i / 16 + 1) + ".png";
      csv.append(
          String.join(
              ",",
              observer,
              "1",
              String.valueOf(i + 1),
              human ? "0.8" : "NaN",
              response,
              category,
              human ? "0" : "NaN",
              human ? String.format("%04d_x_%s", i + 1, image) : image));
      csv.append('\n');
    }
    String name =
        human
            ? dataset + "_" + observer + "_session_1.csv"
            : dataset + "_" + observer.replace('_', '-') + "_session-1.csv";
    Path file = base.resolve("raw-data").resolve(dataset).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv);
  }

  private static String trialFile(String dataset, String stem) {
    return dataset + "_" + stem + "_session-1.csv";
  }

  /** Image name to response in a trial file. */
  private static Map<String, String> responses(Path file) throws IOException {
    Map<String, String> responses = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      responses.put(cells[7], cells[4]);
    }
    return responses;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** Every regular file below {@code root} (links not followed), by relative path. */
  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
