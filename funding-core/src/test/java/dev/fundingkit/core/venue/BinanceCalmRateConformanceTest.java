package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Binance USDⓈ-M non-8-hour symbols in {@code zushen-crossvenue/funding_binance.csv.gz}
 * (SOURCES.md §6): for every symbol and interval, the most common published rate before and
 * from 2025-09-18 08:01 UTC equals the rule's calm value (the rate when the premium sits in the
 * dead zone) exactly. Independent oracle: before the change the FAQ's 0.03%/day prorated to
 * 4 h is 0.0003 × 4 / 24 = 0.00005; after it 0.01% / (8/4) = 0.00005.
 */
class BinanceCalmRateConformanceTest {

  private static final Instant CHANGE = Instant.parse("2025-09-18T08:01:00Z");

  @Test
  void mostCommonPublishedRate_ofEveryNon8hSymbol_isTheRulesCalmValue_beforeAndAfterTheChange()
      throws IOException {
    Path file = SharedData.require("zushen-crossvenue/funding_binance.csv.gz");
    // symbol|interval|period -> published value -> count
    Map<String, Map<BigDecimal, Integer>> counts = new TreeMap<>();
    Map<String, Instant> firstSeen = new HashMap<>();
    try (BufferedReader in = SharedData.open(file)) {
      String header = in.readLine();
      assertTrue(header.startsWith("venue,venue_symbol,canonical_symbol,settlement_ts,rate_raw,"
          + "interval_hours"), header);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",", -1);
        if (c[5].equals("8")) {
          continue;
        }
        Instant at = Instant.parse(c[3]);
        String key = c[1] + "|" + c[5] + "h|" + (at.isBefore(CHANGE) ? "before" : "after");
        counts.computeIfAbsent(key, k -> new HashMap<>())
            .merge(new BigDecimal(c[4]), 1, Integer::sum);
        firstSeen.putIfAbsent(key, at);
      }
    }
    assertTrue(counts.size() >= 14, "symbol periods found: " + counts.keySet());
    FundingConvention binance = FundingConventions.BINANCE_USDM;
    for (Map.Entry<String, Map<BigDecimal, Integer>> e : counts.entrySet()) {
      String[] k = e.getKey().split("\\|");
      Duration interval = Duration.ofHours(Long.parseLong(k[1].replace("h", "")));
      BigDecimal mostCommon = e.getValue().entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      FundingRuleVersion version = binance.versionAt(firstSeen.get(e.getKey()));
      String calm = version.rate(0.0, version.termsFor(k[0], interval)).published();
      assertEquals(0, new BigDecimal(calm).compareTo(mostCommon),
          e.getKey() + ": calm " + calm + ", most common " + mostCommon);
      // Hand-computed: 0.0003/day × 4/24 = 0.00005 before, 0.0001 / (8/4) = 0.00005 after.
      if (interval.equals(Duration.ofHours(4))) {
        assertEquals(0, mostCommon.compareTo(new BigDecimal("0.00005")), e.getKey());
      }
    }
  }

  @Test
  void zeroInterestSymbols_calmAtZero_asEffectiveDatedSymbolTerms() {
    FundingRuleVersion before = FundingConventions.BINANCE_USDM.versionAt(
        Instant.parse("2025-06-01T00:00:00Z"));
    FundingRuleVersion after = FundingConventions.BINANCE_USDM.versionAt(
        Instant.parse("2025-10-01T00:00:00Z"));
    for (FundingRuleVersion v : new FundingRuleVersion[] {before, after}) {
      assertEquals("0.00000000",
          v.rate(0.0, v.termsFor("BNBUSDT", Duration.ofHours(8))).published());
      assertEquals("0.00000000",
          v.rate(0.0, v.termsFor("ethbtc", Duration.ofHours(8))).published());
      assertEquals("0.00010000",
          v.rate(0.0, v.termsFor("BTCUSDT", Duration.ofHours(8))).published());
    }
  }
}
