package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverGroup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every catalog model (the paper's 32 and the extras) and one unlisted model, figures keep
 * their width, legends switch to one entry per style, and everything still renders. Set {@code
 * -Dfigures.keep=DIR} to look at the images.
 */
@Tag("slow")
class ManyObserversLayoutTest {
  @TempDir Path temp;

  @Test
  void everyCatalogModelStillFitsTheFigures() {
    AnalysisResults results = Fixture.many();
    String keep = System.getProperty("figures.keep");
    Path out = keep == null ? temp : Path.of(keep);

    List<FigureFile> files =
        FigureRenderer.renderAll(results, Fixture.CATALOG, Fixture.SETTINGS, out, w -> {});

    assertThat(files).hasSize(20);
    assertThat(files).allSatisfy(f -> assertThat(f.width()).isLessThanOrEqualTo(Theme.WIDTH));
    List<ObserverStyle> observers =
        Fixture.STYLES.order(results.benchmark().keySet()).stream()
            .map(Fixture.STYLES::style)
            .toList();
    Legend legend =
        Legend.observers(observers, LineStyles.solid(observers), ConditionLinePlot.NAMED_LEGEND);
    long supervised = count(ObserverGroup.SUPERVISED);
    // Humans, supervised (every one the catalog lists), self-supervised (orange), SimCLR (blue),
    // other (the catalog's extras and the unlisted model).
    assertThat(legend.entries())
        .extracting(Legend.Entry::label)
        .containsExactly(
            "Humans",
            "Supervised (" + supervised + ")",
            "Self-supervised (5)",
            "Self-supervised: SimCLR (3)",
            "Other models (" + (count(ObserverGroup.OTHER) + 1) + ")");
  }

  private static long count(ObserverGroup group) {
    return Fixture.CATALOG.models().stream().filter(p -> p.group() == group).count();
  }
}
