package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FundingKitCliTest {

  @Test
  void help_listsCommandsAndAnExample() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("Usage: fundingkit"), run.out());
    assertTrue(run.out().contains("annualize"), run.out());
    assertTrue(run.out().contains("Example"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void version_namesTheTool() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("fundingkit "), run.out());
  }

  @Test
  void noCommand_isBadInput() {
    assertTrue(CliRun.of().badInput().contains("missing command"));
  }

  @Test
  void unknownCommandOrOption_isBadInput() {
    assertTrue(CliRun.of("frobnicate").badInput().contains("frobnicate"));
    assertTrue(CliRun.of("annualize", "--rate", "0.1", "--interval", "8h", "--bogus").badInput()
        .contains("--bogus"));
  }
}
