package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every settlement of the {@code zushen-crossvenue} files (SOURCES.md §6) lies on the schedule
 * of the rule in force at it, for the interval the file declares ({@code interval_hours}), and
 * that interval is one the rule settles on. Timestamps carry a few milliseconds of stamping
 * delay (16:00:00.003Z) and are compared at the minute.
 */
class DeclaredIntervalConformanceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "funding_binance.csv.gz, binance-usdm, 46726",
      "funding_bybit.csv.gz, bybit, 53611",
      "funding_hyperliquid.csv.gz, hyperliquid, 157909",
      "funding_hyperliquid-xyz.csv.gz, hyperliquid-xyz, 45729"})
  void everySettlement_liesOnTheRulesScheduleForItsDeclaredInterval(String name, String id,
      int expectedRows) throws IOException {
    Path file = SharedData.require("zushen-crossvenue/" + name);
    FundingConvention venue = FundingConvention.of(id);
    int rows = 0;
    Map<String, Integer> off = new TreeMap<>();
    java.util.List<String> undeclared = new java.util.ArrayList<>();
    try (BufferedReader in = SharedData.open(file)) {
      assertTrue(in.readLine().startsWith("venue,venue_symbol,canonical_symbol,settlement_ts"));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        if (c[5].isEmpty()) {
          undeclared.add(c[1] + " " + c[3]);
          continue;
        }
        Instant at = Instant.parse(c[3]).truncatedTo(ChronoUnit.MINUTES);
        Duration interval = Duration.ofHours(Long.parseLong(c[5]));
        FundingRuleVersion v = venue.versionAt(at);
        rows++;
        if (!v.settlementIntervals().contains(interval)
            || !v.scheduleFor(interval).isSettlement(at)) {
          off.merge(c[1] + " " + c[5] + "h", 1, Integer::sum);
        }
      }
    }
    // Known bad row: Bybit INJUSDT's 2026-02-27 00:00 settlement (its switch back to 8 h) has
    // no interval_hours in the file.
    assertEquals(id.equals("bybit") ? java.util.List.of("INJUSDT 2026-02-27T00:00:00.000Z")
        : java.util.List.of(), undeclared);
    assertEquals(expectedRows, rows + undeclared.size());
    assertEquals(Map.of(), off, "settlements off the declared schedule");
  }
}
