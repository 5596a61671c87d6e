package org.cakebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * One convention for every command: a wrong command line exits with 2 before any work starts, and
 * the message names the option; a job that fails exits with 1. Every command's help says so.
 */
class UsageErrorsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "evaluate --decode-threads 0                | --decode-threads | at least 1",
        "fetch-data --timeout -1                    | --timeout        | at least 1, not -1",
        "fetch-data --jobs 0                        | --jobs           | at least 1",
        "fetch-data --retries -1                    | --retries        | at least 0",
        "fetch-data --timeout soon                  | --timeout        | not a whole number",
        "evaluate --batch-size 99999999999          | --batch-size     | at most 2147483647, not 99999999999",
        "evaluate --batch-size 0                    | --batch-size     | at least 1",
        "evaluate --device tpu                      | --device         | auto, cpu or gpu",
        "evaluate --shard 4/4                       | --shard          | shard must be i/n",
        "evaluate --datasets edges                  | --datasets       | unknown dataset 'edges'",
        "evaluate --model a/b=x.pt --datasets edge  | --model          | must be a plain name",
        "evaluate --model x=  --datasets edge       | --model          | no file after '='",
        "evaluate --model subject-01 --datasets edge| --model          | is a human observer",
        "analyse --no-such-option                   | --no-such-option | Unknown option"
      })
  void aWrongCommandLineExitsWithTwoNamingTheOption(String args, String option, String why) {
    // Folders of the test's own, so that a value let through fails fast and harms nothing.
    String safely =
        args.startsWith("fetch-data")
            ? " --data " + dir + " --manifest " + dir.resolve("none.tsv")
            : args.startsWith("evaluate") ? " --images " + dir + " --cache " + dir : "";
    CliTest.Run run = CliTest.run((args.strip() + safely).split(" +"));
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(option).contains(why);
    assertThat(run.err()).contains("--help"); // where to look, not the whole usage again
  }

  @Test
  void everyCommandsHelpStatesTheExitStatuses() {
    CommandLine cli = CakebenchCommand.newCommandLine();
    assertThat(CliTest.run("--help").out()).contains("Exit status:");
    for (CommandLine sub : new LinkedHashSet<>(cli.getSubcommands().values())) {
      if (sub.getCommandName().equals("help")) {
        continue;
      }
      String help = CliTest.run(sub.getCommandName(), "--help").out();
      assertThat(help)
          .as(sub.getCommandName())
          .contains("Exit status:")
          .containsPattern("1 +the job failed")
          .containsPattern("2 +the command line is wrong");
    }
  }
}
