package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegendTest {
  private final ObserverStyles styles = Fixture.STYLES;

  @Test
  void fewObserversAreNamedOneByOne() {
    List<ObserverStyle> observers =
        List.of(styles.style("humans"), styles.style("resnet50"), styles.style("bagnet33"));

    Legend legend = Legend.observers(observers, LineStyles.distinct(observers), 12);

    assertThat(legend.entries())
        .extracting(Legend.Entry::label)
        .containsExactly("Humans", "ResNet-50", "BagNet-33");
  }

  @Test
  void lookalikeObserversGetDifferentLines() {
    List<ObserverStyle> observers = List.of(styles.style("resnet50"), styles.style("alexnet"));

    var lines = LineStyles.distinct(observers);

    assertThat(lines.get("resnet50").getDashArray()).isNull();
    assertThat(lines.get("alexnet").getDashArray()).isNotNull();
  }

  @Test
  void groupLegendsNameGroupsInPaperOrder() {
    List<ObserverStyle> observers =
        List.of(
            styles.style("simclr_resnet50x1"), styles.style("resnet50"), styles.style("humans"));

    Legend legend = Legend.groups(observers);

    assertThat(legend.entries())
        .extracting(Legend.Entry::label)
        .containsExactly("Humans", "Supervised", "Self-supervised");
  }

  @Test
  void aNarrowLegendWrapsIntoMoreLines() {
    Legend legend = Legend.groups(List.of(styles.style("humans"), styles.style("resnet50")));

    assertThat(legend.height(60)).isGreaterThan(legend.height(800));
  }

  @Test
  void aHeadingHasALineOfItsOwnHoweverWideTheLegend() {
    Legend.Entry heading = Legend.Entry.heading("In the paper");
    Legend.Entry humans =
        Legend.observers(List.of(styles.style("humans")), java.util.Map.of(), 12).entries().get(0);

    Legend legend = new Legend(List.of(heading, humans));

    assertThat(legend.height(800)).isEqualTo(2 * new Legend(List.of(heading)).height(800));
  }
}
