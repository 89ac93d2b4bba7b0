package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the command line with captured output and exit status: built as
 * {@code main} builds it (one command's tree when the first argument names one).
 */
record CliRun(int exit, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CliRun of(String... args) {
    return on(FundingKitCli.commandLine(args), args);
  }

  /** A run on the whole command tree, whatever the first argument names. */
  static CliRun whole(String... args) {
    return on(FundingKitCli.commandLine(), args);
  }

  private static CliRun on(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Asserts success and exactly one JSON object on stdout, and returns it. */
  JsonNode json() {
    assertEquals(0, exit, () -> "exit status; stderr: " + err);
    assertTrue(out.endsWith("\n"), "one line of JSON: " + out);
    assertEquals(1, out.strip().lines().count(), () -> "one line of JSON: " + out);
    try {
      JsonNode node = JSON.readTree(out);
      assertTrue(node.isObject(), out);
      return node;
    } catch (JsonProcessingException e) {
      throw new AssertionError("stdout is not JSON: " + out, e);
    }
  }

  /** Asserts the bad-input contract: status 2, empty stdout, one line on stderr; returns it. */
  String badInput() {
    assertEquals(2, exit, () -> "exit status; stdout: " + out + " stderr: " + err);
    assertEquals("", out, "stdout must stay empty on bad input");
    assertEquals(1, err.lines().count(), () -> "exactly one line on stderr: " + err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
    return err.strip();
  }
}
