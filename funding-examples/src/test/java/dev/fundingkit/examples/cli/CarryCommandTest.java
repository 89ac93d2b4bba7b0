package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryCommandTest {

  @Test
  void acceptance_minus003PercentPer8h_8PercentBorrow_nets2485Percent() {
    JsonNode json = CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow",
        "0.08", "--json").json();
    assertEquals(List.of("side", "fundingYield", "borrowCost", "netYield", "profitable",
        "breakevenRate"), AnnualizeCommandTest.fieldNames(json));
    assertEquals("REVERSE", json.get("side").textValue());
    assertEquals(0.3285, json.get("fundingYield").doubleValue(), 1e-12);
    assertEquals(0.08, json.get("borrowCost").doubleValue(), 0);
    assertEquals(0.2485, json.get("netYield").doubleValue(), 1e-12);
    assertTrue(json.get("profitable").booleanValue());
    assertEquals(-0.08 / 1095, json.get("breakevenRate").doubleValue(), 1e-15);
  }

  @Test
  void acceptance_minus0005PercentPer8h_isNotProfitable() {
    JsonNode json = CliRun.of("carry", "--rate", "-0.00005", "--interval", "8h", "--borrow",
        "0.08", "--json").json();
    assertEquals(0.05475, json.get("fundingYield").doubleValue(), 1e-12);
    assertEquals(-0.02525, json.get("netYield").doubleValue(), 1e-12);
    assertEquals(false, json.get("profitable").booleanValue());
  }

  @Test
  void feesOverHolding_addNetYieldAfterFees() {
    JsonNode json = CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow",
        "0.08", "--fees", "0.002", "--holding", "30d", "--json").json();
    assertEquals(0.2485 - 0.002 * 365 / 30, json.get("netYieldAfterFees").doubleValue(), 1e-12);
  }

  @Test
  void positiveRate_isForward_capitalCostDefaultsToZero() {
    JsonNode json = CliRun.of("carry", "--rate", "0.0001", "--interval", "PT8H", "--json")
        .json();
    assertEquals("FORWARD", json.get("side").textValue());
    assertEquals(0.1095, json.get("netYield").doubleValue(), 1e-12);
    assertEquals(0.0, json.get("borrowCost").doubleValue(), 0);
  }

  @Test
  void humanOutput() {
    CliRun run = CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow", "0.08");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("REVERSE carry at -0.03%/8h: profitable, net 24.85% a year"),
        run.out());
    assertTrue(run.out().contains("borrow cost     8% a year"), run.out());
  }

  @Test
  void help() {
    CliRun run = CliRun.of("carry", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit carry"));
    assertTrue(run.out().contains("fundingkit carry --rate -0.0003 --interval 8h --borrow 0.08"));
  }

  @Test
  void badInput() {
    assertTrue(CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--json").badInput()
        .contains("--borrow"));
    assertTrue(CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow", "-0.1")
        .badInput().contains("'--borrow'"));
    assertTrue(CliRun.of("carry", "--rate", "-0.0003", "--interval", "8h", "--borrow", "0.08",
        "--fees", "0.002", "--json").badInput().contains("--holding"));
    assertTrue(CliRun.of("carry", "--rate", "1e999", "--interval", "8h", "--borrow", "0.08")
        .badInput().contains("'--rate'"));
    assertTrue(CliRun.of("carry", "--rate", "0.001", "--interval", "0h").badInput()
        .contains("'--interval'"));
  }
}
