package dev.fundingkit.examples.cli;

import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into exactly one line on standard error and an exit status: 2 for bad
 * input (arguments, files, data too short to use), 1 for anything else. Never a stack trace.
 * Commands compute their whole result before printing, so standard output stays empty.
 *
 * <p>As the execution strategy it holds a command's remarks (format detected, columns used,
 * progress) back until the command ends: printed when it succeeds, dropped when it fails, so
 * a failure is always one line. Running out of memory is one line too, saying what was being
 * read and which {@code -Xmx} would do, with status 1.
 */
final class ErrorReporter
    implements IParameterExceptionHandler, IExecutionExceptionHandler, IExecutionStrategy {

  /** Exit status for bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for a failure that is not the input's fault. */
  static final int FAILURE = 1;

  @Override
  public int execute(ParseResult parseResult) {
    List<CommandLine> commands = parseResult.asCommandLineList();
    CommandLine top = commands.get(0);
    PrintWriter realErr = top.getErr();
    StringWriter held = new StringWriter();
    PrintWriter heldErr = new PrintWriter(held, true);
    for (CommandLine c : commands) {
      c.setErr(heldErr);
    }
    int exit;
    try {
      exit = new CommandLine.RunLast().execute(parseResult);
    } catch (OutOfMemoryError e) {
      held = null;
      heldErr = null;
      CommandLine last = commands.get(commands.size() - 1);
      realErr.println(outOfMemory(last.getCommandSpec().qualifiedName(),
          InputOptions.reading(), Runtime.getRuntime().maxMemory()));
      realErr.flush();
      return FAILURE;
    } finally {
      for (CommandLine c : commands) {
        c.setErr(realErr);
      }
    }
    String text = held.toString();
    if (exit == 0) {
      realErr.print(text);
    } else {
      List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
      if (!lines.isEmpty()) {
        realErr.println(lines.get(lines.size() - 1));
      }
    }
    realErr.flush();
    return exit;
  }

  /**
   * The one line for running out of memory: what was being read, the heap limit, and a limit
   * that would do (the next power of two at least twice the current one, in GB).
   */
  static String outOfMemory(String command, String reading, long maxHeapBytes) {
    long mb = maxHeapBytes / (1 << 20);
    long suggestGb = 1;
    while (suggestGb * 1024 < 2 * mb) {
      suggestGb *= 2;
    }
    return command + ": out of memory with a heap limit of " + mb + " MB"
        + (reading.isEmpty() ? "" : " after reading " + reading)
        + "; run with a larger heap, e.g. java -Xmx" + suggestGb + "g -jar fundingkit.jar ...";
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = ex.getMessage();
    // Picocli starts some group messages with "Error: "; the command name already says so.
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    print(cmd, name + ": " + message + " (see '" + name + " --help')");
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String name = cmd.getCommandSpec().qualifiedName();
    if (ex instanceof ParameterException) {
      return handleParseException((ParameterException) ex, parseResult.originalArgs().toArray(
          new String[0]));
    }
    Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
        || cause instanceof UnknownFundingRuleException) {
      print(cmd, name + ": " + cause.getMessage());
      return BAD_INPUT;
    }
    if (cause instanceof NoSuchFileException) {
      print(cmd, name + ": " + ((NoSuchFileException) cause).getFile() + ": no such file");
      return BAD_INPUT;
    }
    if (cause instanceof AccessDeniedException) {
      print(cmd, name + ": " + ((AccessDeniedException) cause).getFile() + ": permission denied");
      return BAD_INPUT;
    }
    if (cause instanceof IOException) {
      print(cmd, name + ": cannot read input: " + cause.getMessage());
      return BAD_INPUT;
    }
    print(cmd, name + ": internal error: " + cause);
    return FAILURE;
  }

  private static void print(CommandLine cmd, String line) {
    PrintWriter err = cmd.getErr();
    err.println(line.replace('\n', ' ').replace('\r', ' '));
    err.flush();
  }
}
