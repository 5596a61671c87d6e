package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.cakebench.data.ObserverGroup;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.markers.SeriesMarkers;

class ObserverStylesTest {
  private final ObserverStyles styles = Fixture.STYLES;

  @Test
  void observersAreOrderedHumansSupervisedSelfSupervisedOther() {
    List<String> order =
        styles.order(
            List.of(
                "unknown_net", "simclr_resnet50x1", "resnet50", "subject-02", "humans", "alexnet"));

    assertThat(order)
        .containsExactly(
            "humans", "subject-02", "alexnet", "resnet50", "simclr_resnet50x1", "unknown_net");
  }

  @Test
  void paperConventionsComeFromTheCatalog() {
    ObserverStyle humans = styles.style("humans");
    ObserverStyle resnet = styles.style("resnet50");
    ObserverStyle moco = styles.style("MoCo");
    ObserverStyle simclr = styles.style("simclr_resnet50x1");

    assertThat(humans.colour()).isEqualTo(new Color(165, 30, 55));
    assertThat(humans.marker()).isSameAs(SeriesMarkers.DIAMOND);
    assertThat(resnet.marker()).isSameAs(SeriesMarkers.CIRCLE);
    assertThat(moco.colour()).isEqualTo(new Color(210, 150, 0));
    assertThat(moco.marker()).isSameAs(SeriesMarkers.TRIANGLE_UP);
    assertThat(simclr.colour()).isEqualTo(new Color(65, 90, 140));
    assertThat(simclr.group()).isEqualTo(ObserverGroup.SELF_SUPERVISED);
  }

  @Test
  void unlistedModelsAreOtherAndReported() {
    assertThat(styles.style("unknown_net").group()).isEqualTo(ObserverGroup.OTHER);
    assertThat(styles.unlisted(List.of("resnet50", "unknown_net", "subject-01")))
        .containsExactly("unknown_net");
  }

  @Test
  void missingPaperModelsAreCountedAndTheFirstFewNamed() {
    String note =
        styles.missingPaperModels(List.of("humans", "resnet50", "simclr_resnet50x1", "bagnet33"));

    assertThat(note)
        .startsWith("No decisions yet for 30 of the paper's 32 models: AlexNet, VGG-11 (BN),")
        .endsWith("and 27 more.");
  }

  @Test
  void noNoteWhenEveryPaperModelHasData() {
    List<String> all =
        Fixture.CATALOG.models().stream().map(org.cakebench.data.ObserverProfile::id).toList();

    assertThat(styles.missingPaperModels(all)).isEmpty();
  }
}
