package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.FundingCap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolTermsHistoryTest {

  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant ZERO_INTEREST = Instant.parse("2026-01-23T08:00:00Z");
  private static final Instant NARROW_CAP = Instant.parse("2026-01-30T16:00:00Z");
  private static final Instant FOUR_HOURS = Instant.parse("2026-01-30T20:00:00Z");

  /** Binance XAUUSDT per the announcements of 2026-01-23 and 2026-01-30 (venues.md §3.4-3.5). */
  private static SymbolTermsHistory xau() {
    SymbolTerms zero = SymbolTerms.of(H8).withInterest(0).withCap(FundingCap.symmetric(0.00375));
    return SymbolTermsHistory
        .starting("XAUUSDT", Instant.parse("2025-12-11T00:00:00Z"),
            SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.00375)))
        .then(ZERO_INTEREST, zero)
        .then(NARROW_CAP, zero.withCap(FundingCap.symmetric(0.0005)))
        .then(FOUR_HOURS, zero.withInterval(H4).withCap(FundingCap.symmetric(0.005)));
  }

  @Test
  void binanceXauusdt_termsChangeByAnnouncement() {
    SymbolTermsHistory xau = xau();
    assertEquals(List.of(Instant.parse("2025-12-11T00:00:00Z"), ZERO_INTEREST, NARROW_CAP,
        FOUR_HOURS), xau.effectiveInstants());
    assertEquals(0.0001, FundingConventions.BINANCE_USDM.rate(ZERO_INTEREST.minusSeconds(1), 0,
        xau.termsAt(ZERO_INTEREST.minusSeconds(1))).rate().value(), 0);
    assertEquals(0.0, FundingConventions.BINANCE_USDM.rate(ZERO_INTEREST, 0,
        xau.termsAt(ZERO_INTEREST)).rate().value(), 0);
    assertEquals(0.0005, FundingConventions.BINANCE_USDM.rate(NARROW_CAP, 0.01,
        xau.termsAt(NARROW_CAP)).rate().value(), 0);
    // 4 h after 2025-09-18: (1% − 0.05%) / 2, capped at 0.5%.
    assertEquals(0.00475, FundingConventions.BINANCE_USDM.rate(FOUR_HOURS, 0.01,
        xau.termsAt(FOUR_HOURS)).rate().value(), 1e-15);
    assertEquals(H4, xau.termsAt(Instant.parse("2026-03-01T00:00:00Z")).interval());
    assertEquals("XAUUSDT", xau.symbol());
  }

  @Test
  void badInput_namesTheParameter() {
    assertThrows(IllegalArgumentException.class,
        () -> xau().termsAt(Instant.parse("2025-01-01T00:00:00Z")));
    assertThrows(IllegalArgumentException.class, () -> xau().then(NARROW_CAP, SymbolTerms.of(H8)));
    assertEquals("symbol must not be blank, was ' '", assertThrows(IllegalArgumentException.class,
        () -> SymbolTermsHistory.starting(" ", NARROW_CAP, SymbolTerms.of(H8))).getMessage());
    new NullPointerTester()
        .setDefault(SymbolTerms.class, SymbolTerms.of(H8))
        .setDefault(Instant.class, NARROW_CAP)
        .setDefault(String.class, "BTCUSDT")
        .testAllPublicStaticMethods(SymbolTermsHistory.class);
    new NullPointerTester()
        .setDefault(SymbolTerms.class, SymbolTerms.of(H8))
        .setDefault(Instant.class, Instant.parse("2027-01-01T00:00:00Z"))
        .testAllPublicInstanceMethods(xau());
  }

  @Test
  void equality_bySymbolAndVersions() {
    SymbolTermsHistory btc = SymbolTermsHistory.starting("BTCUSDT", NARROW_CAP,
        SymbolTerms.of(H8));
    new EqualsTester()
        .addEqualityGroup(xau(), xau())
        .addEqualityGroup(btc, SymbolTermsHistory.starting("BTCUSDT", NARROW_CAP,
            SymbolTerms.of(H8)))
        .addEqualityGroup(btc.then(FOUR_HOURS, SymbolTerms.of(H4)))
        .testEquals();
  }

  @Test
  void toString_isTheSymbolAndItsVersions_andDistinctHistoriesHashDifferently() {
    SymbolTermsHistory btc = SymbolTermsHistory.starting("BTCUSDT", NARROW_CAP,
        SymbolTerms.of(H8));
    assertEquals("BTCUSDT{" + NARROW_CAP + "=" + SymbolTerms.of(H8) + "}", btc.toString());
    // EqualsTester checks only that equal histories hash alike; a constant hash would pass it.
    org.junit.jupiter.api.Assertions.assertNotEquals(btc.hashCode(), xau().hashCode());
  }
}
