package org.cakebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cakebench models} as users and scripts read it, on the shared data. */
@Needs(Requirement.SHARED)
class ModelsCommandTest {
  private static final String DATA = CliTest.SHARED.resolve("data").toString();

  @TempDir Path dir;

  @Test
  void printsEachObserversFileDecisionsAndNextCommandThenOneLinePerGroup() {
    CliTest.Run run = CliTest.run("models", "--data", DATA);
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "resnet50 (supervised, paper): complete\n"
                + "  model file     models/resnet50.pt: absent\n"
                + "  published      all 17 datasets\n"
                + "  next           nothing to do\n")
        .contains(
            "  next           python tools/export_torchscript.py all --models MoCoV2 &&"
                + " ./cakebench fetch-data --images && ./cakebench evaluate --model MoCoV2\n")
        .endsWith(
            "Humans: 1 observer: 1 complete\n"
                + "Supervised: 24 models: 1 complete, 23 missing\n"
                + "Self-supervised: 8 models: 1 complete, 7 missing\n"
                + "Other models: 17 models: 1 complete, 16 missing\n");
  }

  @Test
  void jsonListsEveryObserverForScripts() throws IOException {
    CliTest.Run run = CliTest.run("models", "--data", DATA, "--json");
    assertThat(run.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("observers")).hasSize(50);
    assertThat(json.get("groups").get("self-supervised").get("complete").asInt()).isEqualTo(1);
  }

  @Test
  void withoutDataEveryDecisionIsMissingAndTheNextStepFetchesIt() {
    CliTest.Run run = CliTest.run("models", "--data", dir.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("no data in " + dir + " yet: ./cakebench fetch-data");
    assertThat(run.out())
        .contains(
            "humans (human, paper): missing\n"
                + "  missing        all 17 datasets\n"
                + "  next           ./cakebench fetch-data\n")
        .contains("resnet50 (supervised, paper): missing\n");
  }
}
