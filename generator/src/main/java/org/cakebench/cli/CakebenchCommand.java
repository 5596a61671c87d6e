package org.cakebench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

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
  /** The exit statuses, in every command's help. */
  private static final Map<String, String> EXIT_STATUS = new LinkedHashMap<>();

  static {
    EXIT_STATUS.put("0", "done");
    EXIT_STATUS.put("1", "the job failed: bad data, a missing file, the network, a model error");
    EXIT_STATUS.put("2", "the command line is wrong: an unknown option or a bad option value");
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see --help");
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * The configured command line. Exit status: 0 done, 1 the job failed (an error on stderr as one
   * line naming the file at fault), 2 the command line is wrong (the message names the option);
   * every command's help says so.
   */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new CakebenchCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("cakebench: " + ErrorMessage.of(e));
          if (Boolean.getBoolean("cakebench.debug")) {
            e.printStackTrace(err);
          }
          err.flush();
          return ExitCode.SOFTWARE;
        });
    cli.setParameterExceptionHandler(CakebenchCommand::usageError);
    addExitStatus(cli);
    return cli;
  }

  /** A wrong command line: the message naming the option, and where help is; status 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("cakebench: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCode.USAGE;
  }

  private static void addExitStatus(CommandLine cli) {
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit status:%n")
        .exitCodeList(EXIT_STATUS);
    cli.getSubcommands().values().forEach(CakebenchCommand::addExitStatus);
  }
}
