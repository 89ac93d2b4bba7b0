package dev.fundingkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fundingkit} command line ({@code java -jar fundingkit.jar COMMAND ...}).
 *
 * <p>Commands: {@code rate}, {@code annualize}, {@code carry}, {@code scan},
 * {@code fit}, {@code reproduce}, {@code report}, {@code venues}, {@code predict}. Each prints readable text by default and exactly one JSON
 * object with {@code --json}. Bad input exits with status 2 and one line on standard error;
 * success exits with 0. The contract is {@code spec/cli.md}.
 */
@Command(
    name = "fundingkit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Perpetual-futures funding rates: venue formulas, annualisation, carry economics and"
            + " mean-reversion statistics.%n%nRates are fractions (0.0001 = 0.01%% = 1 bp) per"
            + " funding interval; durations are ISO-8601 (PT8H) or short (8h, 1h, 30m); instants"
            + " are ISO-8601 UTC (2025-10-01T08:00:00Z).",
    footer = {
      "",
      "Exit status: 0 success, 2 bad input (one line on standard error), 1 other failure.",
      "",
      "Example:",
      "  fundingkit rate --venue binance-usdm --at 2025-01-01T00:00:00Z --premium -0.00357",
      "  fundingkit annualize --rate -0.00307 --interval 8h --json"
    },
    subcommands = {RateCommand.class, AnnualizeCommand.class, CarryCommand.class,
        ScanCommand.class, FitCommand.class, ForecastCommand.class, ReproduceCommand.class,
        ReportCommand.class, VenuesCommand.class, PredictCommand.class})
public final class FundingKitCli implements Runnable {

  @Spec CommandSpec spec;

  /** Picocli instantiates the command; use {@link #commandLine()} to run it. */
  public FundingKitCli() {}

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The command line for these arguments: when the first names a command, a root that holds
   * only that command. Picocli builds the model of every command it holds by reflection, about
   * two thirds of a cold start (0.2 s of a one-second {@code fit}); one command's model is
   * enough to parse, run and print the usage and errors of that command, which read the same
   * ({@code fundingkit fit: ...}). Anything else (no command, a misspelt one, {@code --help})
   * gets the whole tree.
   */
  static CommandLine commandLine(String[] args) {
    Class<?> command = args.length == 0 ? null : command(args[0]);
    if (command == null) {
      return commandLine();
    }
    ErrorReporter errors = new ErrorReporter();
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand(command);
    return root
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors)
        .setExecutionStrategy(errors)
        .setUsageHelpAutoWidth(true);
  }

  /** The class of the command of this name, as {@code subcommands} below lists it, or null. */
  static Class<?> command(String name) {
    return switch (name) {
      case "rate" -> RateCommand.class;
      case "annualize" -> AnnualizeCommand.class;
      case "carry" -> CarryCommand.class;
      case "scan" -> ScanCommand.class;
      case "fit" -> FitCommand.class;
      case "forecast" -> ForecastCommand.class;
      case "reproduce" -> ReproduceCommand.class;
      case "report" -> ReportCommand.class;
      case "venues" -> VenuesCommand.class;
      case "predict" -> PredictCommand.class;
      default -> null;
    };
  }

  /** The root of a one-command line: the same name, options and version as the full one. */
  @Command(
      name = "fundingkit",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class)
  static final class Root implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new ParameterException(spec.commandLine(), "missing command");
    }
  }

  /**
   * A ready-to-run command line with the error handling of the contract: call
   * {@link CommandLine#execute(String...)}, and {@link CommandLine#setOut} /
   * {@link CommandLine#setErr} first to capture output. Not thread-safe; make one per run.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    ErrorReporter errors = new ErrorReporter();
    return new CommandLine(new FundingKitCli())
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors)
        .setExecutionStrategy(errors)
        .setUsageHelpAutoWidth(true);
  }

  /** Without a command there is nothing to do: that is a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
