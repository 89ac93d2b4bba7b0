package dev.fundingkit.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.fundingkit.core.venue.FundingConventions;
import dev.fundingkit.core.venue.SymbolTerms;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VenueFactsTest {

  private static final Instant AT = Instant.parse("2025-03-03T10:30:00Z");

  @Test
  void intervalEnd_isTheFirstSettlementAtOrAfter_onTheVenuesGrid() {
    VenueFacts bitmex = VenueFacts.of(FundingConventions.BITMEX,
        SymbolTerms.of(Duration.ofHours(8)), "", false, AT);
    // BitMEX settles at 04:00, 12:00 and 20:00 UTC.
    assertEquals(Instant.parse("2025-03-03T12:00:00Z").toEpochMilli(),
        bitmex.intervalEndHolding(AT.toEpochMilli()));
    long noon = Instant.parse("2025-03-03T12:00:00Z").toEpochMilli();
    assertEquals(noon, bitmex.intervalEndHolding(noon), "a sample at T belongs to (T − N, T]");
    assertEquals(noon + 8 * 3_600_000L, bitmex.intervalEndHolding(noon + 1));
  }

  @Test
  void schemes_andWindows_areReadFromTheRuleAndMechanics() {
    long t = AT.toEpochMilli();
    VenueFacts dydx = VenueFacts.of(FundingConventions.DYDX,
        SymbolTerms.of(Duration.ofHours(1)), "", false, AT);
    VenueFacts.Interval d = dydx.intervalEndingAt(dydx.intervalEndHolding(t));
    assertEquals(VenueFacts.Scheme.MEDIAN_PER_MINUTE, d.scheme);
    assertEquals(15, d.minVotesPerMinute);
    assertEquals(60, d.minMinutes);
    assertEquals(60_000, d.cadenceMillis);
    VenueFacts binance = VenueFacts.of(FundingConventions.BINANCE_USDM,
        SymbolTerms.of(Duration.ofHours(8)), "", false, AT);
    VenueFacts.Interval b = binance.intervalEndingAt(binance.intervalEndHolding(t));
    assertEquals(VenueFacts.Window.ROLLING, b.window);
    assertEquals(VenueFacts.Scheme.LINEAR, b.scheme);
    assertSame(b, binance.intervalEndingAt(binance.intervalEndHolding(t) + 8 * 3_600_000L),
        "one rule version: the facts are reused");
  }
}
