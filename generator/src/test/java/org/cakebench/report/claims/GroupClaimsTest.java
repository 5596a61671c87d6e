package org.cakebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cakebench.report.claims.PaperStudy.collapsesTo;
import static org.cakebench.report.claims.PaperStudy.rightOn;
import static org.cakebench.report.claims.PaperStudy.textureOn;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cakebench.data.Category;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverGroup;
import org.cakebench.report.claims.PaperStudy.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every claim about a group of the paper's models on studies that hold the paper's 32 models: with
 * part of the group it is consistent so far, with all of it it holds, and a counterexample among
 * the models present makes it differ, with part of the group or all of it. For a statement about
 * every model one model suffices; for one about a mean or about most models, the change reaches as
 * many as the statement needs.
 */
class GroupClaimsTest {
  private static final String RESNET = "resnet50";
  private static final String SIMCLR = "simclr_resnet50x1";

  /**
   * A group claim: its id, how many models it speaks of, a part of them that meets its minimum, and
   * a change that makes one model of that part a counterexample.
   */
  record Case(String id, int total, List<String> part, UnaryOperator<PaperStudy> counterexample) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Arguments> cases() {
    List<String> pair = List.of(RESNET, SIMCLR);
    return Stream.of(
            // SimCLR-x1 no better than ResNet-50 on contrast.
            new Case(
                "simclr-robustness",
                27,
                pair,
                s -> s.set(RESNET, collapsesTo(Category.KNIFE, rightOn(19)), Datasets.CONTRAST)),
            // InsDis 6.25 points above the best supervised model on rotation.
            new Case(
                "self-supervised-within-range",
                29,
                List.of("InsDis", RESNET),
                s -> s.set("InsDis", rightOn(10), Datasets.ROTATION)),
            // ResNet-50 within the human range on 6 of the 12 distortions: not more than half.
            new Case(
                "non-human-ood",
                32,
                pair,
                s ->
                    s.set(
                        RESNET,
                        collapsesTo(Category.KNIFE, rightOn(22)),
                        Datasets.COLOUR,
                        Datasets.CONTRAST,
                        Datasets.HIGH_PASS,
                        Datasets.LOW_PASS,
                        Datasets.ROTATION,
                        Datasets.EIDOLON_I)),
            // SimCLR-x1 12.5 points below the humans on uniform noise.
            new Case(
                "simclr-near-human",
                3,
                List.of(SIMCLR),
                s ->
                    s.set(
                        SIMCLR, collapsesTo(Category.KNIFE, rightOn(18)), Datasets.UNIFORM_NOISE)),
            // ResNet-50 calls every cat a dog without noise.
            new Case(
                "dominant-diagonal",
                32,
                pair,
                s ->
                    s.set(
                        RESNET,
                        (level, truth, image) ->
                            level == Level.CONTROL && truth == Category.CAT
                                ? Category.DOG
                                : collapsesTo(Category.KNIFE, rightOn(8))
                                    .respond(level, truth, image),
                        Datasets.UNIFORM_NOISE)),
            // SimCLR-x1 answers every category equally often under the strongest noise.
            new Case(
                "single-category",
                32,
                pair,
                s -> s.set(SIMCLR, spreadWhenStrongest(), Datasets.UNIFORM_NOISE)),
            new Case(
                "low-pass-preference",
                32,
                pair,
                s -> s.set(SIMCLR, spreadWhenStrongest(), Datasets.LOW_PASS)),
            // ResNet-50 errs on silhouettes exactly as the humans do: the gap is 0.
            new Case(
                "non-human-errors",
                32,
                pair,
                s -> s.set(RESNET, wrongOnFirst(8), Datasets.SILHOUETTE)),
            // The self-supervised models err on edges and silhouettes where the supervised ones
            // are right.
            new Case(
                "between-as-within",
                32,
                List.of(RESNET, "resnet18", SIMCLR, "InsDis"),
                s ->
                    s.each(
                        PaperStudy.paper(ObserverGroup.SELF_SUPERVISED),
                        rightOnFirst(16),
                        Datasets.EDGE,
                        Datasets.SILHOUETTE)),
            // The self-supervised models err on edges where the supervised ones are right: κ
            // between the groups −1, below their mean κ with the humans.
            new Case(
                "models-share-errors",
                32,
                pair,
                s ->
                    s.each(
                        PaperStudy.paper(ObserverGroup.SELF_SUPERVISED),
                        rightOnFirst(16),
                        Datasets.EDGE)),
            // The self-supervised models other than SimCLR decide by shape: not most of them
            // texture-biased.
            new Case(
                "self-supervised-texture",
                5,
                List.of("InsDis"),
                s -> s.each(PaperStudy.otherSelfSupervised(), textureOn(0), Datasets.CUE_CONFLICT)),
            new Case(
                "simclr-texture",
                3,
                List.of(SIMCLR),
                s -> s.set(SIMCLR, textureOn(28), Datasets.CUE_CONFLICT)),
            // ResNet-50 decides by shape as often as the humans.
            new Case(
                "shape-below-humans",
                32,
                pair,
                s -> s.set(RESNET, textureOn(0), Datasets.CUE_CONFLICT)))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withPartOfItsModelsAGroupClaimIsConsistentSoFar(Case c) {
    ClaimResult r = PaperStudy.of(c.part()).claim(c.id());
    assertThat(r.verdict()).as(r.outcome().reproduced()).isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(r.verdict().label()).isEqualTo("consistent so far");
    assertThat(r.coverage().present()).isEqualTo(c.part().size());
    assertThat(r.coverage().total()).isEqualTo(c.total());
    assertThat(r.coverage().label()).isEqualTo(c.part().size() + " of " + c.total() + " models");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withAllItsModelsAGroupClaimHolds(Case c) {
    ClaimResult r = PaperStudy.all().claim(c.id());
    assertThat(r.verdict()).as(r.outcome().reproduced()).isEqualTo(Verdict.HOLDS);
    assertThat(r.coverage().present()).isEqualTo(c.total());
    assertThat(r.coverage().complete()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneCounterexampleAmongPartOfTheModelsMakesAGroupClaimDiffer(Case c) {
    ClaimResult r = c.counterexample().apply(PaperStudy.of(c.part())).claim(c.id());
    assertThat(r.verdict()).as(r.outcome().reproduced()).isEqualTo(Verdict.DIFFERS);
    assertThat(r.coverage().present()).isEqualTo(c.part().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneCounterexampleAmongAllTheModelsMakesAGroupClaimDiffer(Case c) {
    ClaimResult r = c.counterexample().apply(PaperStudy.all()).claim(c.id());
    assertThat(r.verdict()).as(r.outcome().reproduced()).isEqualTo(Verdict.DIFFERS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withoutTheModelsItSpeaksOfAGroupClaimHasNoDataYet(Case c) {
    // Only the humans and models outside the paper's comparison.
    ClaimResult r = PaperStudy.of(List.of("bagnet33")).claim(c.id());
    assertThat(r.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(r.outcome().reproduced()).contains("needs");
    assertThat(r.coverage().present()).isZero();
    assertThat(r.coverage().total()).isEqualTo(c.total());
  }

  @Test
  void aModelWithoutEveryDatasetTheRuleReadsKeepsAClaimFromHolding() {
    ClaimResult r =
        PaperStudy.all().without("alexnet", Datasets.HIGH_PASS).claim("simclr-robustness");
    assertThat(r.verdict()).isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(r.coverage().detail()).isEqualTo("SimCLR 3 of 3, supervised 23 of 24");
  }

  @Test
  void aModelWithoutEveryDatasetIsStillACounterexampleOnThoseItHas() {
    ClaimResult r =
        PaperStudy.of(List.of(RESNET, SIMCLR, "alexnet"))
            .without("alexnet", Datasets.HIGH_PASS)
            .set("alexnet", collapsesTo(Category.KNIFE, rightOn(20)), Datasets.CONTRAST)
            .claim("simclr-robustness");
    assertThat(r.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(r.outcome().reproduced()).contains("contrast: SimCLR-x1 59.4% vs. AlexNet 62.5%");
    assertThat(r.coverage().present()).isEqualTo(2);
  }

  @Test
  void theMinimumIsOneCoveredModelOfEachGroupTheStatementNames() {
    // A supervised model alone cannot show SimCLR above the supervised models.
    assertThat(PaperStudy.of(List.of(RESNET)).claim("simclr-robustness").verdict())
        .isEqualTo(Verdict.NO_DATA);
    // One supervised model is enough for the range, as it is for SimCLR's advantage.
    assertThat(
            PaperStudy.of(List.of(RESNET, "InsDis"))
                .claim("self-supervised-within-range")
                .verdict())
        .isEqualTo(Verdict.CONSISTENT_SO_FAR);
    assertThat(PaperStudy.of(List.of(RESNET)).claim("non-human-errors").verdict())
        .isEqualTo(Verdict.NO_DATA);
    assertThat(PaperStudy.of(List.of(SIMCLR)).claim("shape-below-humans").verdict())
        .isEqualTo(Verdict.NO_DATA);
    assertThat(PaperStudy.of(List.of(SIMCLR)).claim("models-share-errors").verdict())
        .isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void withinGroupConsistencyNeedsAPairInEachGroup() {
    ClaimResult one = PaperStudy.of(List.of(RESNET, "alexnet", SIMCLR)).claim("between-as-within");
    assertThat(one.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(one.outcome().reproduced())
        .startsWith("within supervised 1.00, within self-supervised –, between ")
        .contains("needs two of the paper's self-supervised models")
        .doesNotContain("needs two of the paper's supervised models");
    assertThat(one.coverage().detail()).isEqualTo("supervised 2 of 24, self-supervised 1 of 8");
  }

  @Test
  void singleModelClaimsHoldWithTheirOneModel() {
    ClaimResult knife = PaperStudy.of(List.of(RESNET)).claim("resnet50-knife");
    assertThat(knife.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(knife.coverage().label()).isEqualTo("1 of 1 model");
    assertThat(knife.outcome().reproduced())
        .isEqualTo("knife (100.0% of decisions at noise width 0.9)");
    ClaimResult bottle =
        PaperStudy.of(List.of(RESNET))
            .set(RESNET, collapsesTo(Category.BOTTLE, rightOn(8)), Datasets.UNIFORM_NOISE)
            .claim("resnet50-knife");
    assertThat(bottle.verdict()).isEqualTo(Verdict.DIFFERS);
    assertThat(PaperStudy.of(List.of(SIMCLR)).claim("resnet50-knife").verdict())
        .isEqualTo(Verdict.NO_DATA);
    ClaimResult inception = PaperStudy.of(List.of("inception_v3")).claim("inception-texture");
    assertThat(inception.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(inception.outcome().reproduced()).isEqualTo("Inception-V3 60.7%");
    assertThat(
            PaperStudy.of(List.of("inception_v3"))
                .set("inception_v3", textureOn(32), Datasets.CUE_CONFLICT)
                .claim("inception-texture")
                .verdict())
        .isEqualTo(Verdict.DIFFERS);
  }

  @Test
  void claimsAboutHumansAloneSpeakOfNoModel() {
    for (String id :
        List.of("humans-spread-errors", "human-kappa", "human-kappa-value", "trials")) {
      ClaimResult r = PaperStudy.of(List.of()).claim(id);
      assertThat(r.coverage().aboutModels()).as(id).isFalse();
    }
    assertThat(PaperStudy.of(List.of()).claim("humans-spread-errors").verdict())
        .isEqualTo(Verdict.HOLDS);
  }

  /** Right at every level but the strongest, where the answers cycle through all 16 categories. */
  static PaperStudy.Answer spreadWhenStrongest() {
    return (level, truth, image) ->
        level == Level.STRONGEST
            ? Category.at(image % 16)
            : rightOn(8).respond(level, truth, image);
  }

  /** Wrong on the first {@code k} images, right on the rest. */
  static PaperStudy.Answer wrongOnFirst(int k) {
    return (level, truth, image) -> image < k ? PaperStudy.wrong(truth) : truth;
  }

  /** Right on the first {@code k} images, wrong on the rest. */
  static PaperStudy.Answer rightOnFirst(int k) {
    return (level, truth, image) -> image < k ? truth : PaperStudy.wrong(truth);
  }
}
