package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObserverCatalogTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  @TempDir Path dir;

  private final ObserverCatalog catalog =
      ObserverCatalog.load(PROJECT.resolve("content/observers.yaml"), PROJECT);

  @Test
  void listsThePapersThirtyTwoModels() {
    assertThat(catalog.models().stream().filter(ObserverProfile::inPaper)).hasSize(32);
    assertThat(
            catalog.models().stream()
                .filter(p -> p.inPaper() && p.group() == ObserverGroup.SELF_SUPERVISED))
        .extracting(ObserverProfile::id)
        .containsExactly(
            "InsDis",
            "MoCo",
            "MoCoV2",
            "PIRL",
            "InfoMin",
            "simclr_resnet50x1",
            "simclr_resnet50x2",
            "simclr_resnet50x4");
  }

  @Test
  void theComparedModelsAreThePapersSupervisedAndSelfSupervisedOnes() {
    assertThat(catalog.models().stream().filter(ObserverProfile::compared)).hasSize(32);
    assertThat(catalog.profile("resnet50").compared()).isTrue();
    assertThat(catalog.profile("MoCo").compared()).isTrue();
    assertThat(catalog.profile("bagnet33").compared()).isFalse();
    assertThat(catalog.profile("humans").compared()).isFalse(); // in the paper, but no model
    ObserverProfile extra = catalog.profile("resnet50");
    assertThat(
            new ObserverProfile(
                    "resnet50-again",
                    extra.name(),
                    ObserverGroup.SUPERVISED,
                    extra.family(),
                    false,
                    extra.provenance(),
                    extra.colour(),
                    extra.marker(),
                    true,
                    extra.model())
                .compared())
        .isFalse(); // an extra never counts, whatever group it names
  }

  @Test
  void everyProvenanceIsWrittenOut() {
    // Jackson's YAML reader returns an alias's name for a scalar (*tv), not its value
    assertThat(catalog.profile("alexnet").provenance()).contains("torchvision");
    assertThat(catalog.listed()).allSatisfy(p -> assertThat(p.provenance()).hasSizeGreaterThan(12));
  }

  @Test
  void modelsOutsideThePapersComparisonAreOther() {
    assertThat(catalog.profile("bagnet33").group()).isEqualTo(ObserverGroup.OTHER);
    assertThat(catalog.models().stream().filter(p -> !p.inPaper()))
        .allSatisfy(p -> assertThat(p.group()).isEqualTo(ObserverGroup.OTHER));
  }

  @Test
  void stylesFollowThePaperConventions() {
    assertThat(catalog.profile("humans").colour()).isEqualTo("#a51e37");
    assertThat(catalog.profile("humans").marker()).isEqualTo(Marker.DIAMOND);
    assertThat(catalog.profile("resnet50").marker()).isEqualTo(Marker.CIRCLE);
    assertThat(catalog.profile("MoCo").colour()).isEqualTo("#d29600");
    assertThat(catalog.profile("simclr_resnet50x4").colour()).isEqualTo("#415a8c");
    assertThat(catalog.profile("simclr_resnet50x4").marker()).isEqualTo(Marker.TRIANGLE);
  }

  @Test
  void modelsDefaultToModelsFolderAndImageNetNormalisation() {
    ModelInput resnet = catalog.profile("resnet50").model();
    assertThat(resnet.file()).isEqualTo(PROJECT.resolve("models/resnet50.pt"));
    assertThat(resnet.inputSize()).isEqualTo(224);
    assertThat(resnet.mean()).containsExactly(0.485f, 0.456f, 0.406f);
    // model-vs-human feeds Inception-V3 the 224 x 224 stimuli too, not the 299 it was trained at
    assertThat(catalog.profile("inception_v3").model().inputSize()).isEqualTo(224);
    assertThat(catalog.profile("humans").model()).isNull();
  }

  @Test
  void observersMissingFromTheFileAreHumansOrOther() {
    ObserverProfile subject = catalog.profile("subject-07");
    assertThat(subject.group()).isEqualTo(ObserverGroup.HUMAN);
    assertThat(subject.name()).isEqualTo("Subject 07");
    assertThat(subject.family()).isEqualTo("Human observers");
    assertThat(subject.inPaper()).isFalse(); // not among the paper's observers
    ObserverProfile unknown = catalog.profile("my_vit");
    assertThat(unknown.group()).isEqualTo(ObserverGroup.OTHER);
    assertThat(unknown.listed()).isFalse();
    assertThat(catalog.profile("resnet50").listed()).isTrue(); // one the file lists
    assertThat(unknown.inPaper()).isFalse();
    assertThat(unknown.family()).isEmpty();
    assertThat(unknown.model().file()).isEqualTo(PROJECT.resolve("models/my_vit.pt"));
  }

  @Test
  void aModelMayOverrideInputSizeAndNormalisation() throws IOException {
    Path file = dir.resolve("observers.yaml");
    Files.writeString(
        file,
        "groups:\n  human: {colour: '#a51e37', marker: diamond}\n"
            + "  supervised: {colour: '#969696', marker: circle}\n"
            + "  self-supervised: {colour: '#d29600', marker: triangle}\n"
            + "  other: {colour: '#3c8c64', marker: square}\n"
            + "model_defaults: {input_size: 224, mean: [0.485, 0.456, 0.406],"
            + " std: [0.229, 0.224, 0.225]}\n"
            + "observers:\n"
            + "  - {id: my_vit, group: other, model: {file: weights/vit.pt, input_size: 384,"
            + " mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5]}}\n");
    ModelInput vit = ObserverCatalog.load(file, dir).profile("my_vit").model();
    assertThat(vit.file()).isEqualTo(dir.resolve("weights/vit.pt"));
    assertThat(vit.inputSize()).isEqualTo(384);
    assertThat(vit.mean()).containsExactly(0.5f, 0.5f, 0.5f);
    assertThat(vit.std()).containsExactly(0.5f, 0.5f, 0.5f);
  }

  @Test
  void badEntriesAreNamedWithFileAndLine() throws IOException {
    Path file = dir.resolve("observers.yaml");
    String groups =
        "groups:\n  human: {colour: '#a51e37', marker: diamond}\n  supervised: {colour: '#969696', marker: circle}\n"
            + "  self-supervised: {colour: '#d29600', marker: triangle}\n  other: {colour: '#3c8c64', marker: square}\n";
    Files.writeString(
        file, groups + "observers:\n  - {id: x, group: supervised, colur: '#000000'}\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file + ":7:")
        .hasMessageContaining("colur");
    Files.writeString(file, groups + "observers:\n  - {id: x, group: robots}\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .hasMessageContaining("x: group must be");
    Files.writeString(
        file, groups + "observers:\n  - {id: x, group: other, provenance: &p \"a\"}\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .hasMessageContaining(file + ":7:")
        .hasMessageContaining("anchors and aliases");
    // the first line is searched too
    Files.writeString(file, "defaults: &d {}\n" + groups + "observers: []\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .hasMessageContaining(file + ":1:")
        .hasMessageContaining("anchors and aliases");
    Files.writeString(file, groups + "observers:\n  - {id: x, group: other, colour: red}\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .hasMessageContaining("colour must look like");
  }

  private static final String GROUPS =
      "groups:\n  human: {colour: '#a51e37', marker: diamond}\n"
          + "  supervised: {colour: '#969696', marker: circle}\n"
          + "  self-supervised: {colour: '#d29600', marker: triangle}\n"
          + "  other: {colour: '#3c8c64', marker: square}\n";

  @Test
  void listsObserversInFileOrderAndKnowsWhichItLists() throws IOException {
    Path file = dir.resolve("observers.yaml");
    Files.writeString(
        file,
        GROUPS
            + "observers:\n  - {id: humans, group: human}\n  - {id: zeta, group: supervised}\n"
            + "  - {id: alpha, group: other, family: Alpha, paper: false}\n");
    ObserverCatalog small = ObserverCatalog.load(file, dir);
    assertThat(small.listed())
        .extracting(ObserverProfile::id)
        .containsExactly("humans", "zeta", "alpha");
    assertThat(small.models()).extracting(ObserverProfile::id).containsExactly("zeta", "alpha");
    assertThat(small.isListed("zeta")).isTrue();
    assertThat(small.isListed("subject-01")).isFalse();
    assertThat(small.profile("alpha").family()).isEqualTo("Alpha");
    assertThat(small.profile("zeta").name()).isEqualTo("zeta");
  }

  @Test
  void withoutModelDefaultsModelsGetImageNetInputs() throws IOException {
    Path file = dir.resolve("observers.yaml");
    Files.writeString(file, GROUPS + "observers:\n  - {id: m, group: other}\n");
    ModelInput m = ObserverCatalog.load(file, dir).profile("m").model();
    assertThat(m.file()).isEqualTo(dir.resolve("models/m.pt"));
    assertThat(m.inputSize()).isEqualTo(224);
    assertThat(m.mean()).containsExactly(0.485f, 0.456f, 0.406f);
    assertThat(m.std()).containsExactly(0.229f, 0.224f, 0.225f);
  }

  @Test
  void aGroupStyleIsCheckedLikeAnObserversStyle() throws IOException {
    Path file = dir.resolve("observers.yaml");
    Files.writeString(
        file, GROUPS.replace("'#3c8c64'", "green") + "observers:\n  - {id: m, group: other}\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("groups.other: colour must look like #a51e37, not 'green'");
    Files.writeString(file, GROUPS.replace("marker: square", "marker: star") + "observers: []\n");
    assertThatThrownBy(() -> ObserverCatalog.load(file, dir))
        .hasMessageContaining("groups.other: marker must be diamond, circle, triangle or square");
  }

  @Test
  void observersFoundOnlyInTheDataGetTheirGroupsFamily() {
    assertThat(catalog.profile("subject-07").family()).isEqualTo("Human observers");
    assertThat(catalog.profile("my_vit").family()).isEmpty();
    assertThat(catalog.profile("my_vit").colour()).isEqualTo("#3c8c64");
  }

  @Test
  void groupsHaveTheirKeysAndTitles() {
    assertThat(ObserverGroup.fromKey("self-supervised")).contains(ObserverGroup.SELF_SUPERVISED);
    assertThat(ObserverGroup.SELF_SUPERVISED.title()).isEqualTo("Self-supervised");
    assertThat(ObserverGroup.OTHER.title()).isEqualTo("Other models");
    assertThat(ObserverGroup.fromKey("robots")).isEmpty();
  }
}
