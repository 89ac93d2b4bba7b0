package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @TempDir Path dir;

  private String file(String text) throws IOException {
    Path file = dir.resolve("assets.csv");
    Files.writeString(file, text);
    return file.toString();
  }

  private String assets() throws IOException {
    return file("asset,rate,interval,borrow\nBTC,-0.0003,8h,0.08\nETH,-0.00005,8h,0.08\n"
        + "SOL,0.0002,4h,0\n");
  }

  @Test
  void json_ranksByNetYield_withTheCarryFigures() throws IOException {
    JsonNode json = CliRun.of("scan", assets(), "--json").json();
    JsonNode rows = json.get("rows");
    assertEquals(3, rows.size());
    assertEquals("SOL", rows.get(0).get("asset").textValue());
    assertEquals("FORWARD", rows.get(0).get("side").textValue());
    JsonNode btc = rows.get(1);
    assertEquals("BTC", btc.get("asset").textValue());
    assertEquals("REVERSE", btc.get("side").textValue());
    assertEquals(0.2485, btc.get("netYield").doubleValue(), 1e-12);
    assertTrue(btc.get("alert").booleanValue());
    JsonNode eth = rows.get(2);
    assertEquals(-0.02525, eth.get("netYield").doubleValue(), 1e-12);
    assertEquals(false, eth.get("profitable").booleanValue());
    assertEquals(0, eth.get("flags").size());
    assertEquals("-0.02%/8h", json.get("rateThreshold").textValue());
    assertEquals(0.1, json.get("netYieldThreshold").doubleValue(), 0);
  }

  @Test
  void thresholds_changeTheFlags() throws IOException {
    JsonNode json = CliRun.of("scan", assets(), "--rate-threshold", "-0.04%/8h",
        "--net-threshold", "0.3", "--json").json();
    JsonNode btc = json.get("rows").get(1);
    assertEquals(0, btc.get("flags").size());
  }

  @Test
  void humanTable() throws IOException {
    CliRun run = CliRun.of("scan", assets());
    assertEquals(0, run.exit());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("Carry scan of 3 assets"), run.out());
    assertTrue(lines[1].startsWith("asset"), run.out());
    assertTrue(lines[3].startsWith("BTC") && lines[3].contains("ALERT"), run.out());
  }

  @Test
  void help() {
    CliRun run = CliRun.of("scan", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit scan"));
    assertTrue(run.out().contains("fundingkit scan assets.csv --json"));
  }

  @Test
  void badInput() throws IOException {
    String dup = CliRun.of("scan", file("asset,rate,interval,borrow\nBTC,-0.0003,8h,0.08\n"
        + "BTC,-0.0001,8h,0.08\n"), "--json").badInput();
    assertTrue(dup.contains("line 3, column 'asset': duplicate asset 'BTC' (same as line 2)"),
        dup);
    String badRate = CliRun.of("scan", file("asset,rate,interval,borrow\nBTC,x,8h,0.08\n"))
        .badInput();
    assertTrue(badRate.contains("line 2, column 'rate'"), badRate);
    String badInterval = CliRun.of("scan", file("asset,rate,interval,borrow\nBTC,0.1,8x,0.08\n"))
        .badInput();
    assertTrue(badInterval.contains("line 2, column 'interval'"), badInterval);
    String negativeBorrow = CliRun.of("scan",
        file("asset,rate,interval,borrow\nBTC,0.1,8h,-0.08\n")).badInput();
    assertTrue(negativeBorrow.contains("line 2, column 'borrow'"), negativeBorrow);
    String missing = CliRun.of("scan", file("asset,rate,interval\nBTC,0.1,8h\n")).badInput();
    assertTrue(missing.contains("line 1, column 'borrow': no such scan column"), missing);
    assertTrue(CliRun.of("scan", file("")).badInput().contains("empty file"));
    assertTrue(CliRun.of("scan", assets(), "--rate-threshold", "-0.02%").badInput()
        .contains("'--rate-threshold'"));
  }

  @Test
  void where_keepsTheMatchingAssets_otherInputOptionsAreRefused(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path tmp) throws java.io.IOException {
    java.nio.file.Path file = tmp.resolve("assets.csv");
    java.nio.file.Files.writeString(file,
        "asset,rate,interval,borrow\nBTC,-0.0003,8h,0.08\nETH,-0.00005,8h,0.08\n");
    com.fasterxml.jackson.databind.JsonNode json =
        CliRun.of("scan", file.toString(), "--where", "asset=ETH", "--json").json();
    org.junit.jupiter.api.Assertions.assertEquals(1, json.get("rows").size());
    org.junit.jupiter.api.Assertions.assertEquals("ETH",
        json.get("rows").get(0).get("asset").textValue());
    String err = CliRun.of("scan", file.toString(), "--time-column", "t").badInput();
    org.junit.jupiter.api.Assertions.assertTrue(err.contains("only --where applies"), err);
  }
}
