package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateCommandTest {

  private static final List<String> CONTRACT_KEYS = List.of("venue", "at", "interval", "rate",
      "published", "premium", "interest", "clampTerm", "capped", "annualized");

  @Test
  void acceptance_binance2025_premiumMinus0357Percent_isMinus0307Percent() {
    JsonNode json = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2025-01-01T00:00:00Z",
        "--premium", "-0.00357", "--json").json();
    assertEquals(CONTRACT_KEYS, AnnualizeCommandTest.fieldNames(json).subList(0, 10));
    assertEquals("binance-usdm", json.get("venue").textValue());
    assertEquals("2025-01-01T00:00:00Z", json.get("at").textValue());
    assertEquals("8h", json.get("interval").textValue());
    assertEquals(-0.00307, json.get("rate").doubleValue(), 1e-15);
    assertEquals("-0.00307000", json.get("published").textValue());
    assertEquals(-0.00357, json.get("premium").doubleValue(), 0);
    assertEquals(0.0001, json.get("interest").doubleValue(), 0);
    assertEquals(0.0005, json.get("clampTerm").doubleValue(), 1e-18);
    assertFalse(json.get("capped").booleanValue());
    assertEquals(-3.36165, json.get("annualized").doubleValue(), 1e-12);
  }

  @Test
  void acceptance_afterSeptember2025_4hIsHalved() {
    JsonNode json = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2025-10-01T00:00:00Z",
        "--interval", "4h", "--premium", "-0.00357", "--json").json();
    assertEquals("4h", json.get("interval").textValue());
    assertEquals(-0.001535, json.get("rate").doubleValue(), 1e-15);
    assertEquals("-0.00153500", json.get("published").textValue());
  }

  @Test
  void pricesGiveThePremium_andMarginRatesTheCap() {
    JsonNode json = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2025-01-01T00:00:00Z",
        "--perp", "2700", "--index", "2800", "--imr", "0.008", "--mmr", "0.004", "--json").json();
    assertEquals((2700.0 - 2800.0) / 2800.0, json.get("premium").doubleValue(), 1e-15);
    assertTrue(json.get("capped").booleanValue());
    assertEquals(-0.003, json.get("rate").doubleValue(), 1e-15);
  }

  @Test
  void explicitCap_andInterestOverride() {
    JsonNode capped = CliRun.of("rate", "--venue", "binance-usdm", "--premium", "0.05",
        "--cap", "0.02", "--json").json();
    assertEquals(0.02, capped.get("rate").doubleValue(), 1e-15);
    assertTrue(capped.get("capped").booleanValue());
    assertTrue(capped.get("at").isNull());
    JsonNode zeroInterest = CliRun.of("rate", "--venue", "binance-usdm", "--at",
        "2025-01-01T00:00:00Z", "--premium", "0.0002", "--interest", "0", "--json").json();
    assertEquals(0.0, zeroInterest.get("interest").doubleValue(), 0);
    assertEquals(0.0, zeroInterest.get("rate").doubleValue(), 1e-18);
  }

  @Test
  void everyContractVenueId_givesARateOrSaysWhatIsMissing() {
    for (String id : List.of("binance-usdm", "binance-coinm", "bybit", "okx", "bitmex",
        "deribit", "dydx", "hyperliquid", "kraken", "bitget", "gate", "htx", "coinbase")) {
      CliRun run = CliRun.of("rate", "--venue", id, "--premium", "-0.00357", "--json");
      if (run.exit() == 0) {
        JsonNode json = run.json();
        assertEquals(id, json.get("venue").textValue());
        assertTrue(json.get("rate").isNumber(), id);
      } else {
        String line = run.badInput();
        assertTrue(line.startsWith("fundingkit rate: " + id + ": ") && line.contains("not known"),
            line);
      }
    }
  }

  @Test
  void humanOutput_showsTheBreakdown() {
    CliRun run = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2025-01-01T00:00:00Z",
        "--premium", "-0.00357");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith(
        "binance-usdm at 2025-01-01T00:00:00Z: -0.307%/8h, published -0.00307000"), run.out());
    assertTrue(run.out().contains("clamp term"), run.out());
    assertTrue(run.out().contains("-336.165% a year"), run.out());
  }

  @Test
  void help() {
    CliRun run = CliRun.of("rate", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: fundingkit rate"));
    assertTrue(run.out().contains("fundingkit rate --venue binance-usdm --at"));
  }

  @Test
  void badInput() {
    assertTrue(CliRun.of("rate", "--venue", "nowhere", "--premium", "0.001", "--json")
        .badInput().contains("'--venue'"));
    String unknown = CliRun.of("rate", "--venue", "binance-usdm", "--at", "2015-01-01T00:00:00Z",
        "--premium", "0.001", "--json").badInput();
    assertTrue(unknown.contains("no funding rule known at 2015-01-01T00:00:00Z"), unknown);
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--premium", "NaN").badInput()
        .contains("'--premium'"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--perp", "-1", "--index", "2")
        .badInput().contains("'--perp'"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--perp", "1").badInput()
        .contains("--index"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--premium", "0.001", "--perp", "1",
        "--index", "1").badInput().contains("mutually exclusive"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--premium", "0.001", "--imr",
        "0.004", "--mmr", "0.008").badInput().contains("--imr/--mmr"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--premium", "0.001", "--cap",
        "0.003", "--imr", "0.008", "--mmr", "0.004").badInput().contains("mutually exclusive"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm", "--at", "yesterday", "--premium",
        "0.001").badInput().contains("'--at'"));
    assertTrue(CliRun.of("rate", "--venue", "binance-usdm").badInput().contains("--premium"));
  }

  @Test
  void interval_isNeverRelabelled_aVenueWithOneNativeIntervalRefusesAnother() {
    String hl = CliRun.of("rate", "--venue", "hyperliquid", "--interval", "8h", "--premium",
        "0.001", "--json").badInput();
    assertTrue(hl.contains("--interval: hyperliquid settles on 1h only"), hl);
    assertTrue(CliRun.of("rate", "--venue", "deribit", "--interval", "1h", "--premium",
        "0.001").badInput().contains("deribit settles on 8h only"));
    // Binance settles 4-hourly symbols: 0.01% / (8/4) = 0.005%.
    assertEquals(0.00005, CliRun.of("rate", "--venue", "binance-usdm", "--interval", "4h",
        "--premium", "0.0001", "--json").json().get("rate").doubleValue(), 1e-18);
  }

  @Test
  void binanceBefore2025_09_18_prorates_4hCalmIsHalfABasisPoint() {
    JsonNode json = CliRun.of("rate", "--venue", "binance-usdm", "--at",
        "2025-09-18T04:00:00Z", "--interval", "4h", "--premium", "0.0001", "--json").json();
    // 0.03%/day × 4/24 = 0.00005, the premium in the dead zone.
    assertEquals("0.00005000", json.get("published").textValue());
  }

  @Test
  void interestOverride_isProratedWhereTheVenueProrates() {
    // Bybit prorates: 0.01% per 8 h → 0.005% for 4 h; P = 0.02% is inside the dead zone.
    JsonNode json = CliRun.of("rate", "--venue", "bybit", "--at", "2025-06-01T00:00:00Z",
        "--interval", "4h", "--premium", "0.0002", "--interest", "0.0001", "--json").json();
    assertEquals(0.00005, json.get("rate").doubleValue(), 1e-18);
  }

  @Test
  void help_listsThePreMarketVenue() {
    assertTrue(CliRun.of("rate", "--help").out().contains("binance-usdm-pre-market"));
  }

  @Test
  void hyperliquidDecimalTie_publishedAsTheVenue() {
    // (0.00127415 − 0.0005) / 8 = 0.00009676875 exactly → 0.0000967688 (venue's figure).
    assertEquals("0.0000967688", CliRun.of("rate", "--venue", "hyperliquid", "--at",
        "2024-01-01T20:00:00Z", "--premium", "0.00127415", "--json").json().get("published")
        .textValue());
  }
}
