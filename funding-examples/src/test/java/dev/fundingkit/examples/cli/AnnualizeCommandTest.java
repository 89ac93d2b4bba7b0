package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualizeCommandTest {

  @Test
  void acceptance_minus0307PercentPer8h_isMinus336PercentSimple() {
    JsonNode json = CliRun.of("annualize", "--rate", "-0.00307", "--interval", "8h", "--json")
        .json();
    assertEquals(List.of("rate", "interval", "basis", "periodsPerYear", "annualized"),
        fieldNames(json));
    assertEquals(-0.00307, json.get("rate").doubleValue(), 0);
    assertEquals("8h", json.get("interval").textValue());
    assertEquals("simple", json.get("basis").textValue());
    assertEquals(1095.0, json.get("periodsPerYear").doubleValue(), 0);
    assertEquals(-3.36165, json.get("annualized").doubleValue(), 1e-12);
  }

  @Test
  void compound_isoInterval_hourly() {
    JsonNode json = CliRun.of("annualize", "--rate", "0.0000125", "--interval", "PT1H",
        "--basis", "COMPOUND", "--json").json();
    assertEquals("1h", json.get("interval").textValue());
    assertEquals("compound", json.get("basis").textValue());
    assertEquals(8760.0, json.get("periodsPerYear").doubleValue(), 0);
    assertEquals(Math.pow(1.0000125, 8760) - 1, json.get("annualized").doubleValue(), 1e-12);
  }

  @Test
  void humanOutput_saysPercentAndBasis() {
    CliRun run = CliRun.of("annualize", "--rate", "-0.00307", "--interval", "8h");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("-0.307%/8h is -336.165% a year (simple"), run.out());
    assertTrue(run.out().contains("1095"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void help_printsUsageWithExample() {
    CliRun run = CliRun.of("annualize", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit annualize"), run.out());
    assertTrue(run.out().contains("Example"), run.out());
    assertTrue(run.out().contains("fundingkit annualize --rate -0.00307 --interval 8h --json"));
  }

  @Test
  void badInput_namesTheArgument() {
    assertTrue(CliRun.of("annualize", "--rate", "NaN", "--interval", "8h", "--json").badInput()
        .contains("'--rate'"));
    assertTrue(CliRun.of("annualize", "--rate", "abc", "--interval", "8h").badInput()
        .contains("'--rate'"));
    assertTrue(CliRun.of("annualize", "--rate", "0.001", "--interval", "8x", "--json")
        .badInput().contains("'--interval'"));
    assertTrue(CliRun.of("annualize", "--rate", "0.001", "--interval", "-8h").badInput()
        .contains("'--interval'"));
    assertTrue(CliRun.of("annualize", "--rate", "0.001", "--interval", "8h", "--basis", "x")
        .badInput().contains("'--basis'"));
    assertTrue(CliRun.of("annualize", "--interval", "8h", "--json").badInput()
        .contains("--rate"));
    assertTrue(CliRun.of("annualize", "--rate", "-1.5", "--interval", "8h", "--basis",
        "compound", "--json").badInput().contains("--rate"));
  }

  static List<String> fieldNames(JsonNode json) {
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
