package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fundingkit.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

  @TempDir Path dir;

  private String file(String text) throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void acceptance_hyperliquid_all24384HourlyRatesWithin1e10() {
    Path file = SharedData.require(
        "hyperliquid-yuchengzhang/hyperliquid_btc_eth_funding_premium_1h.csv.gz");
    CliRun run = CliRun.of("reproduce", "--venue", "hyperliquid", file.toString(),
        "--time-column", "time_ms", "--premium-column", "premium", "--rate-column",
        "funding_rate_1h", "--json");
    JsonNode json = run.json();
    assertEquals(24384, json.get("rows").intValue());
    assertTrue(json.get("maxAbsError").doubleValue() <= 1e-10, json.toString());
    assertEquals(24384, json.get("withinTolerance").intValue());
    assertTrue(json.get("exact").intValue() >= 0.97 * 24384, json.toString());
    JsonNode worst = json.get("worst");
    assertEquals(json.get("maxAbsError").doubleValue(),
        Math.abs(worst.get("published").doubleValue() - worst.get("computed").doubleValue()),
        1e-20);
    assertTrue(run.err().contains("read as epoch milliseconds"), run.err());
  }

  @Test
  void smallFile_exactAndWorstRow_binance() throws IOException {
    // -0.357% premium on 2025-01-01 is -0.307% per 8 h; the second row is published 3e-8 off.
    String csv = file("time,p,r\n2025-01-01T00:00:00Z,-0.00357,-0.00307\n"
        + "2025-01-01T08:00:00Z,0.0002,0.00010003\n");
    JsonNode json = CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column",
        "time", "--premium-column", "p", "--rate-column", "r", "--json").json();
    assertEquals(2, json.get("rows").intValue());
    assertEquals(1, json.get("exact").intValue());
    assertEquals(1, json.get("withinTolerance").intValue());
    assertEquals(3e-8, json.get("maxAbsError").doubleValue(), 1e-15);
    assertEquals("2025-01-01T08:00:00Z", json.get("worst").get("time").textValue());
    assertEquals(0.0001, json.get("worst").get("computed").doubleValue(), 1e-18);
    JsonNode loose = CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column",
        "time", "--premium-column", "p", "--rate-column", "r", "--tolerance", "5e-8", "--json")
        .json();
    assertEquals(2, loose.get("withinTolerance").intValue());
  }

  @Test
  void humanOutput() throws IOException {
    String csv = file("time,p,r\n2025-01-01T00:00:00Z,-0.00357,-0.00307\n");
    CliRun run = CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column", "time",
        "--premium-column", "p", "--rate-column", "r");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("binance-usdm formula against 1 published rates"), run.out());
    assertTrue(run.out().contains("1 of 1 (100%)"), run.out());
  }

  @Test
  void help() {
    CliRun run = CliRun.of("reproduce", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit reproduce"));
    assertTrue(run.out().contains("--time-column time_ms --premium-column premium"));
  }

  @Test
  void badInput() throws IOException {
    String csv = file("time,p,r\n2025-01-01T00:00:00Z,-0.00357,-0.00307\n"
        + "2015-01-01T00:00:00Z,0.0002,0.0001\n");
    String early = CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column",
        "time", "--premium-column", "p", "--rate-column", "r", "--json").badInput();
    assertTrue(early.contains("rates.csv line 3, column 'time': binance-usdm: no funding rule"
        + " known at 2015-01-01T00:00:00Z"), early);
    assertTrue(CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--premium-column", "p",
        "--rate-column", "r").badInput().contains("--time-column"));
    assertTrue(CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column", "time",
        "--premium-column", "premium", "--rate-column", "r", "--json").badInput()
        .contains("line 1, column 'premium'"));
    assertTrue(CliRun.of("reproduce", "--venue", "mars", csv, "--time-column", "time",
        "--premium-column", "p", "--rate-column", "r").badInput().contains("'--venue'"));
    assertTrue(CliRun.of("reproduce", "--venue", "binance-usdm", csv, "--time-column", "time",
        "--premium-column", "p", "--rate-column", "r", "--tolerance", "-1").badInput()
        .contains("'--tolerance'"));
  }
}
