package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.FundingFormula;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginRates;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.Provenance;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.premium.PremiumSeries;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingRuleVersionTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H8 = Duration.ofHours(8);
  private static final Instant FROM = Instant.parse("2024-01-08T08:00:00Z");
  private static final FundingRuleVersion BINANCE = FundingConventions.BINANCE_USDM.latestVersion();

  /** A venue like HTX: interval known, formula not published. */
  private static final FundingRuleVersion UNPUBLISHED = FundingRuleVersion.builder("htx-like", FROM)
      .formula("not published")
      .published("venue help page")
      .gaps("premium, averaging, interest, clamp and caps not found in any source")
      .defaultInterval(H8)
      .build();

  @Test
  void unknownParts_throwSayingWhatIsMissing() {
    assertFalse(UNPUBLISHED.isFormulaKnown());
    UnknownFundingRuleException e = assertThrows(UnknownFundingRuleException.class,
        () -> UNPUBLISHED.rate(0.001, UNPUBLISHED.defaultTerms()));
    assertEquals("htx-like: interest component, clamp/damper band, interval scaling not known"
        + " for the rule in force from 2024-01-08T08:00:00Z (premium, averaging, interest,"
        + " clamp and caps not found in any source)", e.getMessage());
    assertEquals("htx-like", e.venueId());
    assertThrows(UnknownFundingRuleException.class, UNPUBLISHED::averaging);
    assertThrows(UnknownFundingRuleException.class, UNPUBLISHED::sampleCadence);
    assertThrows(UnknownFundingRuleException.class, UNPUBLISHED::interest);
    assertThrows(UnknownFundingRuleException.class, UNPUBLISHED::band);
    assertThrows(UnknownFundingRuleException.class, UNPUBLISHED::scaling);
    assertThrows(UnknownFundingRuleException.class, () -> UNPUBLISHED.samplesPer(H8));
    assertEquals(H8, UNPUBLISHED.defaultInterval());
    assertEquals(FundingCap.none(), UNPUBLISHED.defaultCap());
    assertEquals(CapStage.AFTER_SCALING, UNPUBLISHED.capStage());
    assertEquals(PublishedPrecision.unrounded(), UNPUBLISHED.precision());
  }

  @Test
  void marginRatesWithoutAVenueCapRule_areUnknown_whileAnExplicitCapWorks() {
    FundingRuleVersion noMarginRule = FundingRuleVersion.builder("kraken-like", FROM)
        .formula("F = P / 24").published("spec").defaultInterval(H1)
        .interest(InterestComponent.NONE).band(PremiumBand.NONE)
        .scaling(IntervalScaling.ONE_TWENTY_FOURTH)
        .defaultCap(FundingCap.symmetric(0.0025)).build();
    UnknownFundingRuleException e = assertThrows(UnknownFundingRuleException.class,
        () -> noMarginRule.rate(0.01, SymbolTerms.of(H1).withMargin(MarginRates.of(0.02, 0.01))));
    assertEquals("kraken-like: cap rule from margin rates (IMR/MMR) not known for the rule in"
        + " force from 2024-01-08T08:00:00Z", e.getMessage());
    assertEquals(0.0025, noMarginRule.rate(0.24, SymbolTerms.of(H1)).rate().value(), 0);
    assertEquals(0.01, noMarginRule.rate(0.24, SymbolTerms.of(H1).withCap(FundingCap.none()))
        .rate().value(), 1e-18);
  }

  @Test
  void interestOverride_completesAFormulaWhoseInterestIsUnknown() {
    FundingRuleVersion noInterest = FundingRuleVersion.builder("v", FROM).formula("f").published("s")
        .defaultInterval(H8).band(PremiumBand.DEFAULT_CLAMP).scaling(IntervalScaling.NONE)
        .build();
    assertEquals(0.0001,
        noInterest.rate(0, SymbolTerms.of(H8).withInterest(0.0001)).rate().value(), 0);
    assertThrows(UnknownFundingRuleException.class,
        () -> noInterest.rate(0, SymbolTerms.of(H8)));
  }

  @Test
  void formulaFor_termsAskedInTurn_eachGetItsOwnFormula() {
    // The version keeps the last terms' formula: alternating terms must not see another's.
    FundingRuleVersion v = FundingConventions.BINANCE_USDM.latestVersion();
    SymbolTerms zero = SymbolTerms.of(H8).withInterest(0);
    SymbolTerms capped = SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003));
    for (int k = 0; k < 3; k++) {
      assertEquals(InterestComponent.fixed(0, H8), v.formulaFor(zero).interest());
      assertEquals(FundingCap.symmetric(0.003), v.formulaFor(capped).cap());
      assertEquals(FundingCap.symmetric(0.003), v.formulaFor(
          SymbolTerms.of(H8).withCap(FundingCap.symmetric(0.003))).cap());
    }
    // A premium of −2% per 8 h is capped at −0.3% by the symbol cap.
    assertEquals(-0.003, v.rate(-0.02, capped).rate().value(), 0);
  }

  @Test
  void binance_formulaForTerms_andRateFromSamples() {
    FundingFormula formula = BINANCE.formulaFor(SymbolTerms.of(H8).withInterest(0));
    assertEquals(InterestComponent.fixed(0, H8), formula.interest());
    assertEquals(PublishedPrecision.of(8, RoundingMode.HALF_UP), formula.precision());
    // Rising premiums over 8 h of 5-s samples: the linear-weight average, then the formula.
    Instant start = Instant.parse("2025-10-01T00:00:00Z");
    List<PremiumSample> samples = new ArrayList<>();
    for (int i = 0; i < 5760; i++) {
      samples.add(PremiumSample.of(start.plusSeconds(5L * i), 0.002 * (i + 1) / 5760));
    }
    PremiumSeries series = PremiumSeries.of(start, start.plus(H8), samples);
    double expectedAverage = 0.002 * (2 * 5760 + 1) / 3.0 / 5760; // Σi²/Σi × 0.002/5760
    assertEquals(expectedAverage, BINANCE.rate(series, SymbolTerms.of(H8)).averagePremium(),
        1e-15);
    assertEquals(expectedAverage - 0.0005,
        BINANCE.rate(series, SymbolTerms.of(H8)).rate().value(), 1e-15);
  }

  @Test
  void samplesPer_needsAWholeNumberOfSamples() {
    assertEquals(2880, BINANCE.samplesPer(Duration.ofHours(4)));
    assertEquals("interval must be a whole number of PT5S samples, was PT7S", assertThrows(
        IllegalArgumentException.class, () -> BINANCE.samplesPer(Duration.ofSeconds(7)))
        .getMessage());
    assertThrows(IllegalArgumentException.class, () -> BINANCE.samplesPer(Duration.ZERO));
  }

  @Test
  void badInput_andNulls() {
    assertEquals("averagePremium must be finite, was NaN", assertThrows(
        IllegalArgumentException.class,
        () -> BINANCE.rate(Double.NaN, BINANCE.defaultTerms())).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> BINANCE.rate(Double.NEGATIVE_INFINITY, BINANCE.defaultTerms()));
    Instant start = Instant.parse("2025-10-01T00:00:00Z");
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .setDefault(SymbolTerms.class, SymbolTerms.of(H8))
        .setDefault(FundingRate.class, FundingRate.of(0.0001, H8))
        .setDefault(PremiumSeries.class,
            PremiumSeries.of(start, start.plus(H8), List.of(PremiumSample.of(start, 0))))
        .testAllPublicInstanceMethods(BINANCE);
  }

  @Test
  void valueEquality_andText() {
    new EqualsTester()
        .addEqualityGroup(BINANCE, FundingRuleVersion.builder("binance-usdm",
            Instant.parse("2025-09-18T08:01:00Z")).from(BINANCE).build())
        .addEqualityGroup(FundingConventions.BINANCE_USDM.versions().get(0))
        .addEqualityGroup(UNPUBLISHED)
        .addEqualityGroup(FundingRuleVersion.builder("htx-like", FROM).from(UNPUBLISHED)
            .defaultInterval(Duration.ofHours(4)).build())
        .testEquals();
    assertEquals("binance-usdm from 2025-09-18T08:01:00Z: F = clamp([P + clamp(I − P, ±0.05%)]"
        + " / (8/N), floor, cap)", BINANCE.toString());
    assertTrue(BINANCE.source().contains("360033525031"));
    assertEquals(Provenance.PUBLISHED, BINANCE.provenance());
    assertTrue(BINANCE.formulaText().contains("(8/N)"));
    assertEquals(Instant.parse("2025-09-18T08:01:00Z"), BINANCE.effectiveFrom());
    assertEquals("binance-usdm", BINANCE.venueId());
  }

  // Settlement mechanics (formerly FundingMechanics).

  private static final long SEED = 20261122L;
  private static final Instant AT = Instant.parse("2025-06-01T00:00:00Z");
  private static final FundingRate RATE = FundingRate.of(0.0004, H8);

  @Test
  void paymentPrice_markOracleOrIndexPerVenue() {
    assertEquals(PaymentPrice.MARK,
        FundingConventions.BINANCE_USDM.versionAt(AT).paymentPrice());
    assertEquals(PaymentPrice.ORACLE,
        FundingConventions.HYPERLIQUID.versionAt(AT).paymentPrice());
    assertEquals(PaymentPrice.ORACLE,
        FundingConventions.DYDX.versionAt(AT).paymentPrice());
    assertEquals(PaymentPrice.INDEX,
        FundingConventions.HTX.versionAt(AT).paymentPrice());
  }

  @Test
  void atSettlement_chargesTheWholeRateToAnyOpenPosition() {
    FundingRuleVersion binance = FundingConventions.BINANCE_USDM.versionAt(AT);
    assertEquals(-4.0, binance.cashFlow(RATE, PositionSide.LONG, 10_000, Duration.ofSeconds(1)),
        1e-12);
    assertEquals(4.0, binance.cashFlow(RATE, PositionSide.SHORT, 10_000, H8), 1e-12);
    assertEquals(0.0, binance.cashFlow(RATE, PositionSide.SHORT, 10_000, Duration.ZERO), 0);
  }

  @Test
  void continuous_chargesInProportionToTimeHeld() {
    FundingRuleVersion deribit = FundingConventions.DERIBIT.versionAt(AT);
    assertEquals(-1.0, deribit.cashFlow(RATE, PositionSide.LONG, 10_000, Duration.ofHours(2)),
        1e-12);
  }

  @Test
  void unknownPartsAndEarlyInstants_sayWhatIsMissing() {
    UnknownFundingRuleException early = assertThrows(UnknownFundingRuleException.class,
        () -> FundingConventions.BYBIT.versionAt(Instant.parse("2020-01-01T00:00:00Z")));
    assertEquals("bybit: no funding rule known at 2020-01-01T00:00:00Z; the earliest rule on"
        + " record is in force from 2022-07-05T00:00:00Z", early.getMessage());
    FundingRuleVersion coinbase =
        FundingConventions.COINBASE.versionAt(Instant.parse("2026-01-01T00:00:00Z"));
    assertThrows(UnknownFundingRuleException.class, coinbase::window);
    assertThrows(UnknownFundingRuleException.class, coinbase::intervalsAhead);
    assertThrows(UnknownFundingRuleException.class, () -> coinbase.paidAt(AT, H8));
    assertThrows(IllegalArgumentException.class, () -> FundingConventions.BYBIT.versionAt(AT)
        .cashFlow(RATE, PositionSide.LONG, 1, H8.plusSeconds(1)));
    new NullPointerTester()
        .setDefault(FundingConvention.class, FundingConventions.BYBIT)
        .setDefault(Instant.class, AT)
        .setDefault(Duration.class, H8)
        .setDefault(FundingRate.class, RATE)
        .testAllPublicStaticMethods(FundingRuleVersion.class);
  }

  @Test
  void law_continuousAccrualAddsUpOverSplitHoldings() {
    FundingRuleVersion deribit = FundingConventions.DERIBIT.versionAt(AT);
    qt().withFixedSeed(SEED).forAll(integers().between(0, 480), doubles().between(0, 1e6))
        .check((minutes, value) -> {
          Duration first = Duration.ofMinutes(minutes);
          double split = deribit.cashFlow(RATE, PositionSide.LONG, value, first)
              + deribit.cashFlow(RATE, PositionSide.LONG, value, H8.minus(first));
          double whole = deribit.cashFlow(RATE, PositionSide.LONG, value, H8);
          return Math.abs(split - whole) <= 1e-9 * Math.max(1, Math.abs(whole));
        });
  }

  @Test
  void builder_rejectsNullsAndMissingParts_andNeedsAProvenance() {
    new NullPointerTester().setDefault(Duration.class, H8)
        .setDefault(FundingCap.class, FundingCap.symmetric(0.01))
        .setDefault(InterestComponent.class, InterestComponent.NONE)
        .setDefault(PremiumBand.class, PremiumBand.NONE)
        .setDefault(IntervalScaling.class, IntervalScaling.NONE)
        .setDefault(PublishedPrecision.class, PublishedPrecision.unrounded())
        .setDefault(dev.fundingkit.core.formula.MarginCapRule.class,
            dev.fundingkit.core.formula.MarginCapRule.SPREAD_75)
        .setDefault(dev.fundingkit.core.premium.AveragingScheme.class,
            dev.fundingkit.core.premium.AveragingScheme.SIMPLE_MEAN)
        .setDefault(FundingRuleVersion.class, BINANCE)
        .testAllPublicInstanceMethods(FundingRuleVersion.builder("userdex", FROM));
    NullPointerException noProvenance = assertThrows(NullPointerException.class,
        () -> FundingRuleVersion.builder("userdex", FROM).formula("F = I")
            .defaultInterval(H8).build());
    assertTrue(noProvenance.getMessage().startsWith("provenance"), noProvenance.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FundingRuleVersion.builder("UserDex", FROM));
    assertThrows(IllegalArgumentException.class,
        () -> FundingRuleVersion.builder("userdex", FROM).intervalsAhead(2));
    FundingRuleVersion v = FundingRuleVersion.builder("userdex", FROM).formula("F = I")
        .inferredFromData("fit").defaultInterval(H8).build();
    assertEquals(List.of(H8), v.settlementIntervals());
    assertEquals(java.time.LocalTime.MIDNIGHT, v.settlementAnchor());
    assertThrows(UnknownFundingRuleException.class, v::snapshotTolerance);
    assertEquals(v, v.toBuilder(FROM).build());
  }

  @Test
  void everyBuilderStep_returnsTheSameBuilder() {
    // The rules-file reader and the built-in table chain these calls; a step that returned
    // anything else would break a chain at run time, so each is checked by identity.
    FundingRuleVersion.Builder b = FundingRuleVersion.builder("userdex", FROM);
    assertSame(b, b.formula("F = I"));
    assertSame(b, b.published("spec"));
    assertSame(b, b.inferredFromData("fit"));
    assertSame(b, b.assumed("guess"));
    assertSame(b, b.provenance(Provenance.PUBLISHED, "spec"));
    assertSame(b, b.gaps("none"));
    assertSame(b, b.defaultInterval(H8));
    assertSame(b, b.settlementIntervals(List.of(H8, H1)));
    assertSame(b, b.interest(InterestComponent.NONE));
    assertSame(b, b.band(PremiumBand.NONE));
    assertSame(b, b.scaling(IntervalScaling.NONE));
    assertSame(b, b.capStage(CapStage.BEFORE_SCALING));
    assertSame(b, b.defaultCap(FundingCap.symmetric(0.01)));
    assertSame(b, b.marginCapRule(dev.fundingkit.core.formula.MarginCapRule.SPREAD_75));
    assertSame(b, b.precision(PublishedPrecision.unrounded()));
    assertSame(b, b.averaging(dev.fundingkit.core.premium.AveragingScheme.SIMPLE_MEAN));
    assertSame(b, b.sampleCadence(Duration.ofMinutes(1)));
    assertSame(b, b.window(PremiumWindow.ANCHORED));
    assertSame(b, b.intervalsAhead(1));
    assertSame(b, b.intervalsAheadUnknown());
    assertSame(b, b.paymentPrice(PaymentPrice.MARK));
    assertSame(b, b.accrual(Accrual.CONTINUOUS));
    assertSame(b, b.settlementAnchor(java.time.LocalTime.of(4, 0)));
    assertSame(b, b.snapshotTolerance(Duration.ofSeconds(15)));
    assertSame(b, b.intervalRules(List.of()));
    assertSame(b, b.symbolInterest("bnbusdt", 0.0));
    assertSame(b, b.symbolCap("btc_usdt", FundingCap.symmetric(0.003)));
    assertSame(b, b.from(BINANCE));
  }

  @Test
  void everyRulesFileKey_setsItsPart_andReturnsTheSameBuilder() {
    // Keys and values as builtin.rules spells them; each set(...) must hand the builder back.
    String[][] lines = {
        {"formula", "F = I"}, {"provenance", "PUBLISHED"}, {"source", "spec"},
        {"gaps", "unknown"}, {"gaps", "cadence guessed"}, {"defaultInterval", "8h"},
        {"settlementIntervals", "8h, 4h"}, {"interest", "unknown"},
        {"interest", "fixed 0.005%/4h"}, {"band", "unknown"},
        {"band", "fixed rate, premium ignored"}, {"band", "clamp ±0.05%"},
        {"scaling", "unknown"}, {"scaling", "no scaling"}, {"capStage", "AFTER_SCALING"},
        {"cap", "±0.3%"}, {"marginCapRule", "unknown"}, {"marginCapRule", "±0.75×MMR"},
        {"precision", "8dp HALF_UP"}, {"averaging", "unknown"},
        {"averaging", "linear-weights"}, {"sampleCadence", "unknown"},
        {"sampleCadence", "1m"}, {"window", "unknown"}, {"window", "ROLLING"},
        {"intervalsAhead", "unknown"}, {"intervalsAhead", "1"}, {"paymentPrice", "unknown"},
        {"paymentPrice", "ORACLE"}, {"accrual", "CONTINUOUS"}, {"settlementAnchor", "unknown"},
        {"settlementAnchor", "04:00"}, {"snapshotTolerance", "unknown"},
        {"snapshotTolerance", "PT15S"}, {"snapshotTolerance", "1m"}, {"intervalRules", "none"},
        {"intervalRules", "BYBIT_CAP_TO_1H"}, {"symbolInterest.BNBUSDT", "0.0"},
        {"symbolCap.BTC_USDT", "±0.375%"}};
    FundingRuleVersion.Builder b = FundingRuleVersion.builder("userdex", FROM);
    for (String[] line : lines) {
      assertSame(b, b.set(line[0], line[1]), line[0] + " = " + line[1]);
    }
    FundingRuleVersion v = b.build();
    // The last value of each key is the one in force.
    assertEquals(List.of(H8, Duration.ofHours(4)), v.settlementIntervals());
    assertSame(FixedRateBand.INSTANCE, FundingRuleVersion.builder("userdex", FROM)
        .set("band", "fixed rate, premium ignored").set("formula", "F = I")
        .set("provenance", "ASSUMED").set("source", "s").set("defaultInterval", "4h")
        .build().band());
    assertEquals(Duration.ofMinutes(1), v.snapshotTolerance());
    assertEquals(Duration.ofMinutes(1), v.sampleCadence());
    assertEquals(PaymentPrice.ORACLE, v.paymentPrice());
    assertEquals(java.time.LocalTime.of(4, 0), v.settlementAnchor());
    assertEquals(1, v.intervalRules().size());
    assertEquals(java.util.Map.of("BNBUSDT", 0.0), v.symbolInterest());
    assertEquals(java.util.Map.of("BTC_USDT", FundingCap.parse("±0.375%")), v.symbolCap());
    // "none" is the empty list, not a rule named none.
    assertEquals(List.of(), FundingRuleVersion.builder("userdex", FROM)
        .set("intervalRules", "none").set("formula", "F = I").set("provenance", "ASSUMED")
        .set("source", "s").set("defaultInterval", "4h").build().intervalRules());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingRuleVersion.builder("userdex", FROM).set("wobble", "1"));
    assertEquals("unknown key 'wobble'", e.getMessage());
  }

  @Test
  void distinctVersions_hashDifferently() {
    // EqualsTester checks only that equal versions hash alike; a constant hash would pass it.
    assertNotEquals(BINANCE.hashCode(), UNPUBLISHED.hashCode());
    assertNotEquals(BINANCE.hashCode(),
        FundingConventions.BINANCE_USDM.versions().get(0).hashCode());
  }

  @Test
  void continuousAccrual_ofAZeroRate_isPositiveZero() {
    // The long's flow at the smallest rate is −4.9e-324; half of it rounds (to even) to −0.0,
    // which the "+ 0.0" turns into +0.0 so that a flow never prints as "-0.0".
    FundingRuleVersion continuous = FundingRuleVersion.builder("userdex", FROM)
        .formula("F = I").assumed("test").defaultInterval(H8).accrual(Accrual.CONTINUOUS)
        .build();
    double flow = continuous.cashFlow(FundingRate.of(Double.MIN_VALUE, H8), PositionSide.LONG,
        1, Duration.ofHours(4));
    assertEquals(0L, Double.doubleToRawLongBits(flow));
    // Half the interval of 0.0004 × 10,000 = 4 → 2, paid by the long.
    assertEquals(-2.0, continuous.cashFlow(RATE, PositionSide.LONG, 10_000,
        Duration.ofHours(4)), 1e-12);
  }
}
