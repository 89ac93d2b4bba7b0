package dev.fundingkit.examples.cli;

import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into exactly one line on standard error and an exit status: 2 for bad
 * input (arguments, files, data too short to use), 1 for anything else. Never a stack trace.
 * Commands compute their whole result before printing, so standard output stays empty.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** Exit status for bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for a failure that is not the input's fault. */
  static final int FAILURE = 1;

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
