package dev.fundingkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {

  private static final Instant T = Instant.parse("2025-01-01T08:00:00Z");
  private static final List<String> KEYS = List.of("venue", "symbol", "interval", "asOf",
      "replayed", "dropped", "ready", "rate", "published", "premium", "capped", "samples",
      "windowStart", "coverage", "elapsed", "nextSettlement", "secondsToNextSettlement",
      "paidAt", "nextPayment", "nextPaymentFixed", "intervalSwitch", "lastSettlement",
      "openedNowPaysLastSettlement", "longCashFlow");

  @TempDir Path dir;

  /** Premium k of 5,760 (k = 1..5760): an integer in [−900, 100] over 2^18, exact in binary. */
  private static long numerator(int k) {
    return (k * 37L) % 1001 - 900;
  }

  /** 8 h of 5-s samples, 00:00:05 … 08:00:00 UTC. */
  private Path eightHoursOfFiveSecondSamples() throws IOException {
    StringBuilder csv = new StringBuilder("time,premium\n");
    for (int k = 1; k <= 5760; k++) {
      csv.append(T.minus(Duration.ofHours(8)).plusSeconds(5L * k)).append(',')
          .append(numerator(k) / 262144.0).append('\n');
    }
    return Files.writeString(dir.resolve("premiums.csv"), csv);
  }

  @Test
  void doneWhen_eightHoursOfFiveSecondSamples_endOnTheRateOfThatWindowsAverage() throws IOException {
    Path file = eightHoursOfFiveSecondSamples();
    JsonNode live = CliRun.of("predict", "--venue", "binance-usdm", file.toString(), "--json")
        .json();
    // The window's linear-weighted average, independently: Σ k·m_k is an exact integer, so
    // (Σ k·m_k / 2^18) / (1 + … + 5760) = … / 16,591,680 is rounded once.
    long weighted = 0;
    for (int k = 1; k <= 5760; k++) {
      weighted += k * numerator(k);
    }
    double average = weighted / 262144.0 / 16_591_680.0;
    assertTrue(average < -0.0004, "outside the dead zone, so the rate is not just I: " + average);
    JsonNode batch = CliRun.of("rate", "--venue", "binance-usdm", "--at", T.toString(),
        "--premium", Double.toString(average), "--json").json();
    assertEquals(batch.get("rate").doubleValue(), live.get("rate").doubleValue(), 0.0);
    assertEquals(batch.get("published").textValue(), live.get("published").textValue());
    assertEquals(average, live.get("premium").doubleValue(), 0.0);
    // F = P + clamp(0.0001 − P, ±0.0005) = P + 0.0005 for P < −0.0004.
    assertEquals(average + 0.0005, live.get("rate").doubleValue(), 1e-18);
    assertEquals(5760, live.get("samples").intValue());
    assertEquals(1.0, live.get("coverage").doubleValue(), 0.0);
    assertEquals(T.toString(), live.get("asOf").textValue());
    assertEquals(T.toString(), live.get("nextSettlement").textValue());
    assertEquals(0.0, live.get("secondsToNextSettlement").doubleValue(), 0.0);
  }

  @Test
  void json_hasTheDocumentedKeysInOrder() throws IOException {
    JsonNode json = CliRun.of("predict", "--venue", "binance-usdm",
        eightHoursOfFiveSecondSamples().toString(), "--at", "2025-01-01T06:00:00Z",
        "--symbol", "BTCUSDT", "--position-value", "1000", "--json").json();
    assertEquals(KEYS, AnnualizeCommandTest.fieldNames(json));
    assertEquals("BTCUSDT", json.get("symbol").textValue());
    assertEquals(4320, json.get("replayed").intValue());
    assertEquals(7200.0, json.get("secondsToNextSettlement").doubleValue(), 0.0);
    assertEquals("2025-01-01T08:00:00Z", json.get("paidAt").textValue());
    assertFalse(json.get("nextPaymentFixed").booleanValue());
    assertEquals(-1000 * json.get("rate").doubleValue(), json.get("longCashFlow").doubleValue(),
        1e-15);
    for (String key : KEYS) {
      assertTrue(spec().contains(key), "--help documents " + key);
    }
  }

  private static String spec() {
    CliRun help = CliRun.of("predict", "--help");
    assertEquals(0, help.exit());
    return help.out();
  }

  @Test
  void bitmex_paysThePredictionOneIntervalLater() throws IOException {
    Path file = Files.writeString(dir.resolve("bitmex.csv"),
        "time,premium\n2025-01-01T12:01:00Z,0.0002\n2025-01-01T12:02:00Z,0.0004\n");
    JsonNode json = CliRun.of("predict", "--venue", "bitmex", file.toString(), "--json").json();
    assertEquals("2025-01-01T20:00:00Z", json.get("nextSettlement").textValue());
    assertEquals("2025-01-02T04:00:00Z", json.get("paidAt").textValue());
    assertTrue(json.get("nextPaymentFixed").booleanValue());
    assertTrue(json.get("nextPayment").isNull(), "the 12:00 interval is not in the file");
    // Mean premium 0.0003 is in the dead zone: F = I = 0.0001.
    assertEquals(0.0001, json.get("rate").doubleValue(), 1e-18);
  }

  @Test
  void atAfterTheInterval_leavesTheWindowEmpty() throws IOException {
    JsonNode json = CliRun.of("predict", "--venue", "binance-usdm",
        eightHoursOfFiveSecondSamples().toString(), "--at", "2025-01-01T16:00:01Z", "--json")
        .json();
    assertFalse(json.get("ready").booleanValue());
    assertTrue(json.get("rate").isNull());
    assertEquals("2025-01-02T00:00:00Z", json.get("nextSettlement").textValue());
  }

  @Test
  void lateRows_failTheRun_unlessDropped() throws IOException {
    Path file = Files.writeString(dir.resolve("late.csv"), "time,premium\n"
        + "2025-01-01T07:00:00Z,0.0002\n2025-01-01T07:00:10Z,0.0002\n"
        + "2025-01-01T07:00:05Z,0.05\n");
    String err = CliRun.of("predict", "--venue", "bybit", file.toString()).badInput();
    assertTrue(err.startsWith("fundingkit predict: "), err);
    JsonNode json = CliRun.of("predict", "--venue", "bybit", file.toString(), "--drop-late",
        "--json").json();
    assertEquals(1, json.get("dropped").intValue());
    assertEquals(0.0001, json.get("rate").doubleValue(), 1e-18);
  }

  @Test
  void badInput_isOneLineAndStatus2() throws IOException {
    Path file = eightHoursOfFiveSecondSamples();
    String before = CliRun.of("predict", "--venue", "binance-usdm", file.toString(), "--at",
        "2024-12-31T00:00:00Z").badInput();
    assertTrue(before.contains("--at must not be before the first sample"), before);
    String htx = CliRun.of("predict", "--venue", "htx", file.toString()).badInput();
    assertTrue(htx.contains("htx"), htx);
  }

  @Test
  void text_saysTheRateAndTheNextSettlement() throws IOException {
    CliRun run = CliRun.of("predict", "--venue", "bybit", "--interval", "4h",
        Files.writeString(dir.resolve("calm.csv"), "time,premium\n"
            + "2025-01-01T01:00:00Z,0.0002\n").toString(), "--position-value", "100000");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("bybit at 2025-01-01T01:00:00Z: "), run.out());
    assertTrue(run.out().contains("next settlement"), run.out());
    assertTrue(run.out().contains("2025-01-01T04:00:00Z"), run.out());
    assertTrue(run.out().contains("long of 100000"), run.out());
  }
}
