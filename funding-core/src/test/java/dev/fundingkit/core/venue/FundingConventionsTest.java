package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the {@code rate} command must print, through the same public calls. */
class FundingConventionsTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant CHANGE = Instant.parse("2025-09-18T08:01:00Z");

  @Test
  void cliFigure_binanceUsdm_2025_01_01_premiumMinus0357Percent_8h_isMinus0307Percent() {
    FundingConvention venue = FundingConvention.of("binance-usdm");
    FundingRuleVersion rule = venue.versionAt(Instant.parse("2025-01-01T00:00:00Z"));
    FundingBreakdown b = rule.rate(-0.00357, SymbolTerms.of(H8));
    assertEquals(-0.00307, b.rate().value(), 1e-15);
    assertEquals(H8, b.rate().interval());
    assertEquals("-0.00307000", b.published());
    assertEquals(0.0001, b.interest(), 0);
    assertEquals(0.0005, b.clampTerm(), 0);
    assertFalse(b.capped());
    assertEquals(-0.00307 * 1095, b.annualized(), 1e-12);
  }

  @Test
  void cliFigure_binanceUsdm_2025_10_01_premiumMinus0357Percent_4h_isMinus01535Percent() {
    FundingBreakdown b = FundingConvention.of("binance-usdm").rate(
        Instant.parse("2025-10-01T00:00:00Z"), -0.00357, SymbolTerms.of(H4));
    assertEquals(-0.001535, b.rate().value(), 1e-15);
    assertEquals(FundingRate.of(-0.001535, H4).interval(), b.rate().interval());
    assertEquals("-0.00153500", b.published());
    assertEquals(-0.00307, b.raw(), 1e-15);
  }

  @Test
  void ruleVersions_switchAtTheAnnouncedInstant() {
    FundingConvention binance = FundingConventions.BINANCE_USDM;
    assertEquals(IntervalScaling.NONE, binance.versionAt(CHANGE.minusNanos(1)).scaling());
    assertEquals(IntervalScaling.PER_8H, binance.versionAt(CHANGE).scaling());
    assertSame(binance.latestVersion(), binance.versionAt(Instant.parse("2030-01-01T00:00:00Z")));
    assertEquals(2, binance.versions().size());
    assertEquals(H8, binance.defaultInterval());
    assertEquals("Binance USDⓈ-M", binance.name());
    assertEquals("binance-usdm", binance.toString());
    // Before the change a 4-hour symbol's interest was prorated: 0.03%/day × 4/24 = 0.005%
    // (the data's calm value, issue 10 #1); after it 0.01% / (8/4) = 0.005% too.
    SymbolTerms fourHours = SymbolTerms.of(H4);
    assertEquals(0.00005, binance.rate(CHANGE.minusSeconds(60), 0.0, fourHours).rate().value(),
        1e-18);
    assertEquals(0.00005, binance.rate(CHANGE, 0.0, fourHours).rate().value(), 0);
    // §18 #3: linear weights for 1 h too, n = 720.
    FundingRuleVersion latest = binance.latestVersion();
    assertEquals(AveragingScheme.LINEAR_WEIGHTS, latest.averaging());
    assertEquals(720, latest.samplesPer(H1));
    assertEquals(5760, latest.samplesPer(H8));
  }

  @Test
  void capResolution_marginRatesGoThroughTheVenueRule_explicitCapWins_noneByDefault() {
    FundingRuleVersion rule = FundingConventions.BINANCE_USDM.latestVersion();
    SymbolTerms btc = SymbolTerms.of(H8).withMargin(MarginRates.of(0.008, 0.004));
    FundingBreakdown capped = rule.rate(-0.02, btc);
    assertTrue(capped.capped());
    assertEquals(-0.003, capped.rate().value(), 0);
    assertEquals("-0.00300000", capped.published());
    assertEquals(-0.0195, rule.rate(-0.02, SymbolTerms.of(H8)).rate().value(), 1e-15);
    assertEquals(-0.02, rule.rate(-0.5, SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.02)))
        .rate().value(), 0);
    // 0% interest symbols (XAUUSDT from 2026-01-23): the dead zone settles at zero.
    assertEquals("0.00000000",
        rule.rate(0.0003, SymbolTerms.of(H8).withInterest(0)).published());
  }

  @Test
  void unknownVenueAndEarlyInstant_sayWhatIsMissing() {
    IllegalArgumentException unknownVenue = assertThrows(IllegalArgumentException.class,
        () -> FundingConvention.of("nasdaq"));
    assertTrue(unknownVenue.getMessage().startsWith("venue must be one of [binance-usdm"),
        unknownVenue.getMessage());
    assertTrue(unknownVenue.getMessage().endsWith(", was 'nasdaq'"), unknownVenue.getMessage());
    UnknownFundingRuleException early = assertThrows(UnknownFundingRuleException.class,
        () -> FundingConventions.BINANCE_USDM.versionAt(Instant.parse("2018-01-01T00:00:00Z")));
    assertEquals("binance-usdm: no funding rule known at 2018-01-01T00:00:00Z; the earliest"
        + " rule on record is in force from 2019-09-13T00:00:00Z", early.getMessage());
    assertEquals("binance-usdm", early.venueId());
    assertThrows(NullPointerException.class, () -> FundingConvention.of(null));
    assertThrows(NullPointerException.class,
        () -> FundingConventions.BINANCE_USDM.versionAt(null));
  }

  @Test
  void lookup_ignoresCaseAndBlanks_andAllListsEveryConvention() {
    assertSame(FundingConventions.BINANCE_USDM, FundingConvention.of(" Binance-USDM "));
    List<FundingConvention> all = FundingConventions.all();
    assertTrue(all.contains(FundingConventions.BINANCE_USDM));
    for (FundingConvention convention : all) {
      assertSame(convention, FundingConvention.of(convention.id()));
      List<FundingRuleVersion> rules = convention.versions();
      for (int i = 1; i < rules.size(); i++) {
        assertTrue(rules.get(i).effectiveFrom().isAfter(rules.get(i - 1).effectiveFrom()));
      }
    }
  }
}
