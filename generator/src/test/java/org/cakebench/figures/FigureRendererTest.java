package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Datasets;
import org.cakebench.data.PaperSection;
import org.cakebench.data.RawData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureRendererTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void renderAllWritesEveryFigureOfThePaperAndTheBenchmark() {
    List<FigureFile> files =
        FigureRenderer.renderAll(
            Fixture.STANDARD, Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});

    assertThat(files)
        .extracting(FigureFile::id)
        .containsExactly(
            "fig1-accuracy",
            "fig1-contrast",
            "fig1-low-pass",
            "fig1-uniform-noise",
            "fig4-confusion-uniform-noise",
            "fig5-confusion-low-pass",
            "fig2-cue-conflict",
            "fig2-edge",
            "fig2-silhouette",
            "fig2-groups",
            "fig3-shape-bias",
            "benchmark-ood-accuracy",
            "benchmark-accuracy-difference",
            "benchmark-observed-consistency",
            "benchmark-error-consistency",
            "ec-contrast",
            "ec-low-pass",
            "ec-uniform-noise",
            "nonparametric-accuracy",
            "consistency-vs-accuracy");
    for (FigureFile f : files) {
      assertThat(first.resolve(f.svg())).isRegularFile();
      assertThat(first.resolve(f.png())).isRegularFile();
      assertThat(first.resolve(f.csv())).isRegularFile();
    }
    assertThat(files)
        .filteredOn(f -> f.id().startsWith("fig1-"))
        .extracting(FigureFile::section)
        .containsOnly(PaperSection.OOD);
    assertThat(files)
        .filteredOn(f -> f.id().startsWith("fig2-"))
        .extracting(FigureFile::section)
        .containsOnly(PaperSection.IMAGE);
    // A figure of one dataset says which; it is never read from the figure's id.
    assertThat(files)
        .filteredOn(f -> f.id().equals("fig1-contrast"))
        .extracting(FigureFile::dataset)
        .containsExactly(Datasets.CONTRAST);
    assertThat(files)
        .filteredOn(f -> f.id().equals("fig2-groups"))
        .extracting(FigureFile::dataset)
        .containsOnlyNulls();
    // Figure 1 is one grid; each dataset's plot is also one of its panels.
    assertThat(files)
        .filteredOn(f -> f.section() == PaperSection.OOD)
        .allSatisfy(
            f ->
                assertThat(f.shownIn())
                    .isEqualTo(
                        f.id().equals(AccuracyGrid.ID)
                            ? Optional.empty()
                            : Optional.of(AccuracyGrid.ID)));
    assertThat(files)
        .filteredOn(f -> f.id().startsWith("fig2-"))
        .allSatisfy(f -> assertThat(f.shownIn()).isEmpty());
  }

  @Test
  @Tag("slow")
  void renderingTheSameResultsTwiceGivesIdenticalBytes() throws IOException {
    List<FigureFile> a =
        FigureRenderer.renderAll(
            Fixture.STANDARD, Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});
    List<FigureFile> b =
        FigureRenderer.renderAll(
            Fixture.analyse(SyntheticTrials.standard()),
            Fixture.CATALOG,
            Fixture.SETTINGS,
            second,
            w -> {});

    assertThat(b).isEqualTo(a);
    for (FigureFile f : a) {
      for (String path : List.of(f.svg(), f.png(), f.csv())) {
        assertThat(Files.mismatch(first.resolve(path), second.resolve(path)))
            .as(path)
            .isEqualTo(-1L);
      }
    }
  }

  @Test
  void aFigureThePreviousRunDrewAndThisRunDoesNotIsRemoved() throws IOException {
    RawData withRotation =
        SyntheticTrials.of(
            List.of("subject-01", "subject-02"), List.of("resnet50"), List.of("rotation"));
    FigureRenderer.renderAll(
        Fixture.analyse(withRotation), Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});
    assertThat(first.resolve("figures/fig1-rotation.png")).exists();

    FigureRenderer.renderAll(Fixture.STANDARD, Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});

    assertThat(first.resolve("figures/fig1-rotation.png")).doesNotExist();
    assertThat(first.resolve("figures/fig1-rotation.svg")).doesNotExist();
    assertThat(first.resolve("figures/fig1-rotation.csv")).doesNotExist();
    assertThat(first.resolve("figures/fig1-contrast.png")).exists();
    assertThat(Files.readAllLines(first.resolve("figures/" + FigureIndex.FILE)))
        .contains("fig1-contrast")
        .doesNotContain("fig1-rotation");
  }

  @Test
  void filesTheFiguresStageDidNotWriteAreNeverDeleted() throws IOException {
    Path folder = Files.createDirectories(first.resolve("figures"));
    List<Path> foreign =
        List.of(
            folder.resolve("my-plot.png"),
            folder.resolve("fig1-rotation.svg"),
            folder.resolve("notes.csv"),
            first.resolve("outside.png"));
    for (Path p : foreign) {
      Files.writeString(p, "keep");
    }
    // An index that names files outside the folder: ids with path parts are not ours.
    Files.writeString(folder.resolve(FigureIndex.FILE), "../outside\n./my-plot\n");

    FigureRenderer.renderAll(Fixture.STANDARD, Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});
    FigureRenderer.renderAll(Fixture.STANDARD, Fixture.CATALOG, Fixture.SETTINGS, first, w -> {});

    assertThat(foreign).allSatisfy(p -> assertThat(p).hasContent("keep"));
  }

  @Test
  void observersMissingFromTheCatalogAreNamedInTheWarnings() {
    RawData data =
        SyntheticTrials.of(
            List.of("subject-01", "subject-02"),
            List.of("resnet50", "my_new_model"),
            List.of("contrast"));
    List<String> warnings = new ArrayList<>();

    FigureRenderer.renderAll(
        Fixture.analyse(data), Fixture.CATALOG, Fixture.SETTINGS, first, warnings::add);

    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("my_new_model", "other"));
    assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("resnet50"));
  }

  @Test
  void captionsNameThePaperModelsThatHaveNoDecisionsYet() {
    AnalysisResults results = Fixture.STANDARD;

    Figure accuracy = new AccuracyPlot(results, Fixture.STYLES, results.datasets().get(0));

    // alexnet, resnet50 and simclr_resnet50x1 have data; 29 of the 32 do not.
    assertThat(accuracy.caption())
        .contains("No decisions yet for 29 of the paper's 32 models: VGG-11 (BN)")
        .doesNotContain("AlexNet", "ResNet-50,");
  }

  @Test
  void theHumansLineOfErrorConsistencyIsNamedAsPairsOfHumans() {
    Figure ec = new HumanConsistencyPlot(Fixture.STANDARD, Fixture.STYLES, contrast());

    DataTable t = ec.table();
    assertThat(t.rows())
        .filteredOn(row -> row.get(t.column("observer")).equals("humans"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get(t.column("name"))).isEqualTo("Humans (pairs)"));
    assertThat(ec.caption()).contains("\"Humans (pairs)\" is the mean over all pairs");
  }

  private static org.cakebench.data.Dataset contrast() {
    return Fixture.STANDARD.datasets().stream()
        .filter(d -> d.name().equals("contrast"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void groupsWithoutPairsAreShownEmptyAndSaidSoInTheCaption() {
    Figure groups = new ConsistencyGroupsPlot(Fixture.STANDARD, Fixture.STYLES);

    // One self-supervised model: no self-self pair.
    assertThat(groups.caption()).contains("No pairs yet for self\u2013self");
    assertThat(groups.table().rows())
        .extracting(row -> row.get(1))
        .contains("hum-hum", "hum-sup", "hum-self", "sup-sup", "sup-self")
        .doesNotContain("self-self");
  }

  @Test
  void theNoteOnUnlistedObserversNamesTenAndCountsTheRest() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      ids.add("m" + i);
    }
    assertThat(FigureRenderer.unlistedWarning(ids))
        .isEqualTo(
            "not listed in observers.yaml, drawn as 'other': m1, m2, m3, m4, m5, m6, m7, m8, m9,"
                + " m10 and 2 more");
    assertThat(FigureRenderer.unlistedWarning(ids.subList(0, 10))).endsWith("m9, m10");
    assertThat(FigureRenderer.unlistedWarning(List.of("x")))
        .isEqualTo("not listed in observers.yaml, drawn as 'other': x");
  }
}
