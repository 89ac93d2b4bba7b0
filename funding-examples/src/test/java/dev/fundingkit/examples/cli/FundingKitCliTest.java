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

  @Test
  void oneCommandRoot_namesEveryCommandOfTheTree() {
    java.util.Map<String, picocli.CommandLine> tree = FundingKitCli.commandLine().getSubcommands();
    for (java.util.Map.Entry<String, picocli.CommandLine> e : tree.entrySet()) {
      assertEquals(e.getValue().getCommand().getClass(), FundingKitCli.command(e.getKey()),
          e.getKey());
    }
    assertEquals(null, FundingKitCli.command("frobnicate"));
  }

  @Test
  void oneCommandRoot_printsWhatTheWholeTreePrints() {
    // Usage, version, and bad input of every command: the same bytes, the same status.
    for (String name : FundingKitCli.commandLine().getSubcommands().keySet()) {
      // (nothing that would run a command: report without arguments writes its demo page)
      for (String[] args : new String[][] {{name, "--help"}, {name, "--version"},
          {name, "--bogus"}, {name, "-x", "--help"}, {name, "extra", "--bogus=1"}}) {
        CliRun lone = CliRun.of(args);
        CliRun whole = CliRun.whole(args);
        String what = String.join(" ", args);
        assertEquals(whole.exit(), lone.exit(), what);
        assertEquals(whole.out(), lone.out(), what);
        assertEquals(whole.err(), lone.err(), what);
      }
    }
  }
}
