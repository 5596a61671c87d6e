package org.cakebench.cli;

import java.io.PrintWriter;
import org.cakebench.data.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cakebench} entry point: dispatches to one sub-command per job. */
@Command(
    name = "cakebench",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Reproduces Geirhos et al. (2020) from data: supervised vs. self-supervised models vs. humans.",
    subcommands = {
      FetchDataCommand.class,
      EvaluateCommand.class,
      ImportCommand.class,
      AnalyseCommand.class,
      FiguresCommand.class,
      BuildCommand.class,
      ModelsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CakebenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see --help");
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line: errors end as one line on stderr and a non-zero exit code. */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new CakebenchCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("cakebench: " + message(e));
          if (Boolean.getBoolean("cakebench.debug")) {
            e.printStackTrace(err);
          }
          err.flush();
          return e instanceof InvalidInputException ? 2 : 1;
        });
    return cli;
  }

  private static String message(Exception e) {
    Throwable t = e;
    StringBuilder text = new StringBuilder(String.valueOf(t.getMessage()));
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      text.append(": ").append(t.getMessage());
    }
    return text.toString();
  }
}
