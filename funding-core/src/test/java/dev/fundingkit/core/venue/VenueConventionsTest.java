package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.premium.AveragingScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conventions of every venue: lookup, effective dates, formulas and refusals. */
class VenueConventionsTest {

  private static final long SEED = 20261122L;
  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);

  private static double rate(FundingConvention venue, String at, double premium, Duration n) {
    return venue.rate(Instant.parse(at), premium, SymbolTerms.of(n)).rate().value();
  }

  @Test
  void lookup_everyCliVenueIdFindsItsConstant() {
    Map<String, FundingConvention> ids = Map.ofEntries(
        Map.entry("binance-usdm", FundingConventions.BINANCE_USDM),
        Map.entry("binance-coinm", FundingConventions.BINANCE_COINM),
        Map.entry("bybit", FundingConventions.BYBIT),
        Map.entry("okx", FundingConventions.OKX),
        Map.entry("bitmex", FundingConventions.BITMEX),
        Map.entry("deribit", FundingConventions.DERIBIT),
        Map.entry("dydx", FundingConventions.DYDX),
        Map.entry("hyperliquid", FundingConventions.HYPERLIQUID),
        Map.entry("kraken", FundingConventions.KRAKEN),
        Map.entry("bitget", FundingConventions.BITGET),
        Map.entry("gate", FundingConventions.GATE),
        Map.entry("htx", FundingConventions.HTX),
        Map.entry("coinbase", FundingConventions.COINBASE));
    ids.forEach((id, constant) -> {
      assertSame(constant, FundingConvention.of(id), id);
      assertEquals(id, constant.id());
      assertTrue(FundingConventions.all().contains(constant), id);
      // Every venue's first version states its provenance and source.
      assertNotNull(constant.versionAt(constant.versions().get(0).effectiveFrom()).provenance());
    });
    assertSame(FundingConventions.BINANCE_USDM_PRE_MARKET,
        FundingConvention.of("binance-usdm-pre-market"));
  }

  @Test
  void binanceCoinm_dividesBy8OverNFrom2025_09_18_likeUsdm() {
    FundingConvention coinm = FundingConventions.BINANCE_COINM;
    // Calm 4 h: 0.03%/day × 4/24 = 0.005% before; 0.01% / (8/4) = 0.005% after. Outside the
    // dead zone they differ: P = 0.3% gives 0.3% − 0.05% = 0.25% before, 0.125% after.
    assertEquals(0.00005, rate(coinm, "2025-09-18T08:00:00Z", 0, H4), 1e-18);
    assertEquals(0.00005, rate(coinm, "2025-09-18T08:01:00Z", 0, H4), 0);
    assertEquals(0.0025, rate(coinm, "2025-09-18T08:00:00Z", 0.003, H4), 1e-15);
    assertEquals(0.00125, rate(coinm, "2025-09-18T08:01:00Z", 0.003, H4), 1e-15);
    assertEquals(-0.00307, rate(coinm, "2024-01-01T00:00:00Z", -0.00357, H8), 1e-15);
    assertThrows(UnknownFundingRuleException.class,
        () -> coinm.versionAt(Instant.parse("2022-12-31T23:59:59Z")));
  }

  @Test
  void binanceZeroInterestSymbol_isZeroInsideTheBandAndPremiumMinusBandOutside() {
    SymbolTerms xau = SymbolTerms.of(H8).withInterest(0);
    Instant at = Instant.parse("2026-02-01T00:00:00Z");
    assertEquals(0.0, FundingConventions.BINANCE_USDM.rate(at, 0.0002, xau).rate().value(), 0);
    FundingBreakdown outside = FundingConventions.BINANCE_USDM.rate(at, 0.001, xau);
    assertEquals(0.0005, outside.rate().value(), 1e-18);
    assertEquals("0.00050000", outside.published());
  }

  @Test
  void bybit_proratesInterestButNeverDividesBy8OverN() {
    FundingConvention bybit = FundingConventions.BYBIT;
    // Outside the band the 4 h rate is not halved: P + clamp(I − P) = 0.3% − 0.05%.
    assertEquals(0.003 - 0.0005, rate(bybit, "2025-01-01T00:00:00Z", 0.003, H4), 1e-15);
    assertEquals(0.00005, rate(bybit, "2025-01-01T00:00:00Z", 0.0003, H4), 1e-18);
    assertEquals(0.0, FundingConventions.BYBIT.rate(Instant.parse("2025-01-01T00:00:00Z"), 0,
        SymbolTerms.of(H8).withInterest(0)).rate().value(), 0);
    assertEquals(AveragingScheme.LINEAR_WEIGHTS,
        bybit.latestVersion().averaging());
    assertEquals(480, bybit.latestVersion().samplesPer(H8));
  }

  @Test
  void bybitCap_isTheSmallerOfSpreadAndMaintenance() {
    FundingRuleVersion rule = FundingConventions.BYBIT.latestVersion();
    // 0.75 × (10% − 2%) = 6% > MMR 2% → 2%.
    assertEquals(0.02,
        rule.capFor(SymbolTerms.of(H8).withMargin(MarginRates.of(0.10, 0.02))).cap(), 1e-15);
  }

  @Test
  void okx_versionsAtTheirChosenInstants() {
    FundingConvention okx = FundingConventions.OKX;
    // A: no interest, no band: F = P.
    assertEquals(0.0003, rate(okx, "2024-06-01T00:00:00Z", 0.0003, H8), 0);
    assertEquals(0.0003, rate(okx, "2025-04-24T00:00:59Z", 0.0003, H8), 0);
    // B: prorated interest, ±0.05% band, no scaling.
    assertEquals(0.0001, rate(okx, "2025-04-24T00:01:00Z", 0.0003, H8), 0);
    assertEquals(0.00005, rate(okx, "2025-05-01T00:00:00Z", 0.0003, H4), 1e-18);
    assertEquals(0.0025, rate(okx, "2025-05-01T00:00:00Z", 0.003, H4), 1e-15);
    // C: fixed 0.01%, then ÷(8/N).
    assertEquals(0.00005, rate(okx, "2026-07-01T00:00:00Z", 0.0003, H4), 1e-18);
    assertEquals(0.00125, rate(okx, "2026-07-01T00:00:00Z", 0.003, H4), 1e-15);
    // B and C agree on 8-hour contracts.
    assertEquals(rate(okx, "2026-06-30T00:00:00Z", 0.003, H8),
        rate(okx, "2026-07-02T00:00:00Z", 0.003, H8), 1e-18);
    UnknownFundingRuleException weights = assertThrows(UnknownFundingRuleException.class,
        () -> okx.versionAt(Instant.parse("2025-05-01T00:00:00Z")).averaging());
    assertTrue(weights.getMessage().contains("weighted moving average"), weights.getMessage());
  }

  @Test
  void okxWindow_anchoredUntil2024_03_05ThenRolling() {
    assertEquals(PremiumWindow.ANCHORED, FundingConventions.OKX.versionAt(Instant.parse("2024-03-05T07:59:59Z")).window());
    assertEquals(PremiumWindow.ROLLING, FundingConventions.OKX.versionAt(Instant.parse("2024-03-05T08:00:00Z")).window());
    assertEquals(1, FundingConventions.OKX.versionAt(Instant.parse("2023-06-01T00:00:00Z")).intervalsAhead());
  }

  @Test
  void bitmex_capsBySpreadAndFixesTheRateOneIntervalAhead() {
    FundingConvention bitmex = FundingConventions.BITMEX;
    MarginRates xbt = MarginRates.of(0.01, 0.005);
    assertEquals(-0.00375, bitmex.rate(Instant.parse("2024-01-01T00:00:00Z"), -0.02,
        SymbolTerms.of(H8).withMargin(xbt)).rate().value(), 0);
    assertEquals("-0.003750", bitmex.rate(Instant.parse("2024-01-01T00:00:00Z"), -0.02,
        SymbolTerms.of(H8).withMargin(xbt)).published());
    FundingRuleVersion m = bitmex.versionAt(Instant.parse("2024-01-01T00:00:00Z"));
    assertEquals(java.time.LocalTime.of(4, 0), m.settlementAnchor());
    assertEquals(Instant.parse("2024-01-01T20:00:00Z"),
        m.paidAt(Instant.parse("2024-01-01T12:00:00Z"), H8));
    assertEquals(0.00375, RateChangeLimit.bitmex(xbt).maxChange(), 1e-18);
  }

  @Test
  void deribit_damperNarrowsAtTheChosenSwitch() {
    FundingConvention deribit = FundingConventions.DERIBIT;
    assertEquals(0.0, rate(deribit, "2023-12-31T23:59:59Z", 0.0004, H8), 0);
    assertEquals(0.00015, rate(deribit, "2024-01-01T00:00:00Z", 0.0004, H8), 1e-18);
    assertEquals(-0.00015, rate(deribit, "2024-01-01T00:00:00Z", -0.0004, H8), 1e-18);
    assertEquals(0.005, deribit.rate(Instant.parse("2025-01-01T00:00:00Z"), 0.02,
        SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.005))).rate().value(), 0);
    assertEquals(Accrual.CONTINUOUS,
        deribit.versionAt(Instant.parse("2025-01-01T00:00:00Z")).accrual());
    assertThrows(UnknownFundingRuleException.class, () -> deribit.latestVersion().averaging());
  }

  @Test
  void dydx_capsTheEightHourRateBeforeTheEighth() {
    SymbolTerms isolated = SymbolTerms.of(H1).withInterest(0.0001)
        .withMargin(MarginRates.of(0.05, 0.03));
    assertEquals(0.12 / 8, FundingConventions.DYDX.rate(Instant.parse("2025-01-01T00:00:00Z"),
        1.0, isolated).rate().value(), 1e-15);
    assertEquals((0.0008 + 0.0001) / 8, FundingConventions.DYDX.rate(
        Instant.parse("2025-01-01T00:00:00Z"), 0.0008, isolated).rate().value(), 1e-18);
    assertEquals(PaymentPrice.ORACLE, FundingConventions.DYDX.versionAt(Instant.parse("2025-01-01T00:00:00Z")).paymentPrice());
  }

  @Test
  void kraken_isPremiumOver24CappedAtQuarterPercentAndPaidNextHour() {
    assertEquals(0.0024 / 24, rate(FundingConventions.KRAKEN, "2025-01-01T00:00:00Z", 0.0024,
        H1), 1e-18);
    assertEquals(0.0025, rate(FundingConventions.KRAKEN, "2025-01-01T00:00:00Z", 0.5, H1), 0);
    assertEquals(1, FundingConventions.KRAKEN.versionAt(Instant.parse("2025-01-01T00:00:00Z")).intervalsAhead());
  }

  @Test
  void bitget_changesAt2025_09_22_0801() {
    FundingConvention bitget = FundingConventions.BITGET;
    assertEquals(0.00005, rate(bitget, "2025-09-22T08:00:59Z", 0.0002, H4), 1e-18);
    assertEquals(0.003 - 0.0005, rate(bitget, "2025-09-22T08:00:59Z", 0.003, H4), 1e-15);
    assertEquals((0.003 - 0.0005) / 2, rate(bitget, "2025-09-22T08:01:00Z", 0.003, H4), 1e-15);
  }

  @Test
  void gate_switchesToLinearWeightsAt2026_05_27_0800AndDividesBy8OverN() {
    FundingConvention gate = FundingConventions.GATE;
    assertEquals(AveragingScheme.SIMPLE_MEAN,
        gate.versionAt(Instant.parse("2026-05-27T07:59:59Z")).averaging());
    assertEquals(AveragingScheme.LINEAR_WEIGHTS,
        gate.versionAt(Instant.parse("2026-05-27T08:00:00Z")).averaging());
    assertEquals(0.0000125, rate(gate, "2025-01-01T00:00:00Z", 0, H1), 1e-18);
  }

  @Test
  void coinbaseAndMexc_refuseToComputeAndSayWhatIsMissing() {
    for (FundingConvention venue : List.of(FundingConventions.COINBASE,
        FundingConventions.MEXC)) {
      FundingRuleVersion rule = venue.latestVersion();
      assertFalse(rule.isFormulaKnown(), venue.id());
      UnknownFundingRuleException e = assertThrows(UnknownFundingRuleException.class,
          () -> venue.rate(Instant.parse("2026-01-01T00:00:00Z"), 0.001, SymbolTerms.of(H8)));
      assertEquals(venue.id(), e.venueId());
      assertTrue(e.missing().contains("interest component, clamp/damper band, interval scaling"),
          e.getMessage());
    }
  }

  @Test
  void htx_publishedFormula_dividesBy8OverNFrom2025_11_18_0600_andIsAssumedForItsBand() {
    FundingConvention htx = FundingConventions.HTX;
    // 4 h, P = 0.3%: 0.3% − 0.05% = 0.25% before; ÷ (8/4) = 0.125% after.
    assertEquals(0.0025, rate(htx, "2025-11-18T05:59:59Z", 0.003, H4), 1e-15);
    assertEquals(0.00125, rate(htx, "2025-11-18T06:00:00Z", 0.003, H4), 1e-15);
    assertEquals(0.0001, rate(htx, "2023-01-01T00:00:00Z", 0.0002, H8), 1e-18);
    assertEquals(dev.fundingkit.core.formula.Provenance.ASSUMED,
        htx.rate(Instant.parse("2025-12-01T00:00:00Z"), 0, SymbolTerms.of(H8)).provenance());
    assertEquals(PaymentPrice.INDEX, FundingConventions.HTX.versionAt(Instant.parse("2024-01-08T08:00:00Z")).paymentPrice());
    assertEquals(1, FundingConventions.HTX.versionAt(Instant.parse("2024-01-08T07:59:59Z")).intervalsAhead());
    assertEquals(0, FundingConventions.HTX.versionAt(Instant.parse("2024-01-08T08:00:00Z")).intervalsAhead());
    UnknownFundingRuleException price = assertThrows(UnknownFundingRuleException.class,
        () -> FundingConventions.COINBASE.versionAt(Instant.parse("2026-01-01T00:00:00Z")).paymentPrice());
    assertTrue(price.getMessage().startsWith("coinbase: payment price"), price.getMessage());
  }

  @Test
  void law_calmMarketPaysExactlyTheInterestOnEveryVenueWithABand() {
    qt().withFixedSeed(SEED).forAll(doubles().between(-0.00039, 0.00059)).check(p -> {
      Instant at = Instant.parse("2025-06-01T00:00:00Z");
      return rate(FundingConventions.BYBIT, at.toString(), p, H8) == 0.0001
          && rate(FundingConventions.BITGET, at.toString(), p, H8) == 0.0001
          && rate(FundingConventions.GATE, at.toString(), p, H8) == 0.0001
          && rate(FundingConventions.BINANCE_COINM, at.toString(), p, H8) == 0.0001
          && rate(FundingConventions.HYPERLIQUID, at.toString(), p, H1) == 0.0000125;
    });
  }

  @Test
  void law_premiumOnlyVenuesAreOddInThePremium() {
    qt().withFixedSeed(SEED).forAll(doubles().between(-0.05, 0.05)).check(p ->
        rate(FundingConventions.DERIBIT, "2025-01-01T00:00:00Z", p, H8)
            == -rate(FundingConventions.DERIBIT, "2025-01-01T00:00:00Z", -p, H8)
        && rate(FundingConventions.KRAKEN, "2025-01-01T00:00:00Z", p, H1)
            == -rate(FundingConventions.KRAKEN, "2025-01-01T00:00:00Z", -p, H1)
        && rate(FundingConventions.OKX, "2024-01-01T00:00:00Z", p, H8)
            == -rate(FundingConventions.OKX, "2024-01-01T00:00:00Z", -p, H8));
  }

  @Test
  void aster_dividesBy8OverN_bnbAtZero_andLighterRefuses() {
    FundingConvention aster = FundingConventions.ASTER;
    // 4 h, calm: 0.01% / (8/4) = 0.005%; P = 0.3%: (0.3% − 0.05%) / 2 = 0.125%.
    assertEquals(0.00005, rate(aster, "2026-01-01T00:00:00Z", 0, H4), 1e-18);
    assertEquals(0.00125, rate(aster, "2026-01-01T00:00:00Z", 0.003, H4), 1e-15);
    FundingRuleVersion v = aster.latestVersion();
    assertEquals(0.0, v.rate(0, v.termsFor("BNBUSDT", H8)).rate().value(), 0);
    assertEquals(Duration.ofSeconds(15), v.snapshotTolerance());
    UnknownFundingRuleException e = assertThrows(UnknownFundingRuleException.class,
        () -> FundingConventions.LIGHTER.rate(Instant.parse("2026-01-01T00:00:00Z"), 0.001,
            SymbolTerms.of(H1)));
    assertTrue(e.getMessage().contains("stop before the formula"), e.getMessage());
  }
}
