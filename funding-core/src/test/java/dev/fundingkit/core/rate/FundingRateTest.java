package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FundingRateTest {

  private static final Duration H8 = Duration.ofHours(8);
  private static final long SEED = 20261122L;

  static Gen<Duration> intervals() {
    return integers().between(1, 24 * 60).map(m -> Duration.ofMinutes(m));
  }

  static Gen<Double> rates() {
    return doubles().between(-0.05, 0.05);
  }

  @Test
  void domainFigure_premiumMinus0357Percent_is_minus0307PercentPer8h_andMinus336PercentAYear() {
    FundingRate rate = FundingRate.ofPercent(-0.307, H8);
    assertEquals(-0.00307, rate.value(), 0);
    assertEquals(-3.36165, rate.annualize(AnnualizationBasis.SIMPLE), 1e-12);
    assertEquals(1095.0, rate.periodsPerYear(), 0);
  }

  @Test
  void toString_isPercentWithShortInterval() {
    assertEquals("-0.0307%/8h", FundingRate.of(-0.000307, H8).toString());
    assertEquals("0.00125%/1h", FundingRate.of(0.0000125, Duration.ofHours(1)).toString());
    assertEquals("0%/30m", FundingRate.of(-0.0, Duration.ofMinutes(30)).toString());
  }

  @Test
  void parse_acceptsPercentBasisPointsFractionAndIso() {
    assertEquals(FundingRate.of(-0.000307, H8), FundingRate.parse("-0.0307%/8h"));
    assertEquals(FundingRate.of(0.0001, H8), FundingRate.parse("1bp/PT8H"));
    assertEquals(FundingRate.of(0.0001, H8), FundingRate.parse(" 0.0001 / 8h "));
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> FundingRate.of(Double.NaN, H8));
    assertEquals("value must be finite, was NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FundingRate.of(Double.POSITIVE_INFINITY, H8));
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> FundingRate.of(0.1, Duration.ZERO));
    assertEquals("interval must be positive, was PT0S", zero.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FundingRate.of(0.1, Duration.ofHours(-1)));
    assertThrows(IllegalArgumentException.class, () -> FundingRate.parse("abc/8h"));
    assertThrows(IllegalArgumentException.class, () -> FundingRate.parse("0.01%"));
    assertThrows(IllegalArgumentException.class, () -> FundingRate.parse("0.01%/8x"));
    assertThrows(IllegalArgumentException.class,
        () -> FundingRate.of(0.01, H8).cashFlow(PositionSide.LONG, -1));
  }

  @Test
  void negativeZero_isNormalised() {
    FundingRate rate = FundingRate.of(-0.0, H8);
    assertEquals(0, Double.compare(0.0, rate.value()));
    assertEquals(FundingRate.of(0.0, H8), rate);
    assertEquals(PaymentDirection.NONE, rate.direction());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(FundingRate.of(0.0001, H8), FundingRate.parse("0.01%/8h"),
            FundingRate.ofBasisPoints(1, H8), FundingRate.ofPercent(0.01, H8))
        .addEqualityGroup(FundingRate.of(0.0001, Duration.ofHours(1)))
        .addEqualityGroup(FundingRate.of(-0.0001, H8))
        .testEquals();
  }

  @Test
  void parse_aSlashAtEitherEnd_isRejectedWithTheShapeMessage() {
    assertEquals("text must look like -0.0307%/8h, was '/8h'", assertThrows(
        IllegalArgumentException.class, () -> FundingRate.parse("/8h")).getMessage());
    assertEquals("text must look like -0.0307%/8h, was '0.01%/'", assertThrows(
        IllegalArgumentException.class, () -> FundingRate.parse("0.01%/")).getMessage());
    assertEquals(FundingRate.of(0.0001, H8), FundingRate.parse("1bp/8h"));
    assertEquals(FundingRate.of(0.0001, H8), FundingRate.parse(" 1 BP / 8h "));
  }

  @Test
  void zeroRate_cashFlowIsPositiveZeroForBothSides() {
    // assertEquals on doubles compares bits: -0.0 would fail (and print as "-0").
    assertEquals(0.0, FundingRate.of(0, H8).cashFlow(PositionSide.LONG, 100));
    assertEquals(0.0, FundingRate.of(0, H8).cashFlow(PositionSide.SHORT, 100));
    assertEquals(0.0, FundingRate.of(0.01, H8).cashFlow(PositionSide.LONG, 0));
  }

  @Test
  void accessors_andSignPredicates() {
    FundingRate r = FundingRate.of(-0.000307, H8);
    assertEquals(-0.0307, r.percent(), 1e-15);
    assertEquals(-3.07, r.basisPoints(), 1e-13);
    assertTrue(r.isNegative());
    assertFalse(r.isPositive());
    assertTrue(r.negated().isPositive());
    assertFalse(r.negated().isNegative());
    FundingRate zero = r.withValue(0);
    assertFalse(zero.isPositive());
    assertFalse(zero.isNegative());
    FundingRate hourly = r.withInterval(Duration.ofHours(1));
    assertEquals(Duration.ofHours(1), hourly.interval());
    assertEquals(r.value(), hourly.value(), 0);
  }

  @Test
  void hashCode_separatesNearbyRatesAndIntervals() {
    // Equal rates hash equal (EqualsTester); distinct ones should rarely collide, or hash sets
    // of rates degrade. 200 rates on 2 intervals: all 400 hashes distinct.
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int k = 0; k < 200; k++) {
      hashes.add(FundingRate.of(k * 1e-6, H8).hashCode());
      hashes.add(FundingRate.of(k * 1e-6, Duration.ofHours(1)).hashCode());
    }
    assertEquals(400, hashes.size());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicStaticMethods(FundingRate.class);
    new NullPointerTester()
        .setDefault(Duration.class, H8)
        .testAllPublicInstanceMethods(FundingRate.of(0.0001, H8));
  }

  @Test
  void rescale_movesBetweenIntervalsLinearly() {
    FundingRate hourly = FundingRate.of(0.0001, H8).perHour();
    assertEquals(FundingRate.of(0.0000125, Duration.ofHours(1)), hourly);
    assertEquals(0.0001 * 1095, FundingRate.of(0.0001, H8).annualize(AnnualizationBasis.SIMPLE),
        1e-15);
  }

  @Test
  void compound_matchesHyperliquidQuotedApr() {
    FundingRate hourly = FundingRate.of(0.0000125, Duration.ofHours(1));
    assertEquals(0.1157, hourly.annualize(AnnualizationBasis.COMPOUND), 5e-5);
  }

  @Test
  void law_parseOfToString_isIdentity() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().any(), intervals())
        .assuming((v, d) -> Double.isFinite(v))
        .check((v, d) -> {
          FundingRate rate = FundingRate.of(v, d);
          return FundingRate.parse(rate.toString()).equals(rate);
        });
  }

  @Test
  void law_rescalingThereAndBack_returnsTheRate() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(rates(), intervals(), intervals())
        .check((v, from, to) -> {
          FundingRate rate = FundingRate.of(v, from);
          FundingRate back = rate.rescaleTo(to).rescaleTo(from);
          return Math.abs(back.value() - v) <= 1e-15 * Math.max(1, Math.abs(v) * 1e3)
              && back.interval().equals(from);
        });
  }

  @Test
  void law_annualisingTheHourlyRate_equalsAnnualisingTheScheduledRate() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(rates(), intervals())
        .check((v, d) -> {
          FundingRate rate = FundingRate.of(v, d);
          double direct = rate.annualize(AnnualizationBasis.SIMPLE);
          double viaHour = rate.perHour().annualize(AnnualizationBasis.SIMPLE);
          return Math.abs(direct - viaHour) <= 1e-12 * Math.max(1, Math.abs(direct));
        });
  }

  @Test
  void law_longAndShortCashFlows_sumToExactlyZero_andLongPaysWhenPositive() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(rates(), doubles().between(0, 1e9))
        .check((v, value) -> {
          FundingRate rate = FundingRate.of(v, H8);
          double longFlow = rate.cashFlow(PositionSide.LONG, value);
          double shortFlow = rate.cashFlow(PositionSide.SHORT, value);
          boolean zeroSum = longFlow + shortFlow == 0.0;
          boolean longPaysWhenPositive = !(v > 0 && value > 0) || longFlow < 0;
          boolean shortPaysWhenNegative = !(v < 0 && value > 0) || shortFlow < 0;
          return zeroSum && longPaysWhenPositive && shortPaysWhenNegative;
        });
  }

  /** Issue 15 item 9: an annual figure that overflows is bad input, never a silent infinity. */
  @Test
  void annualizeOverflow_isBadInput() {
    FundingRate everySecond = FundingRate.of(1, Duration.ofSeconds(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> everySecond.annualize(dev.fundingkit.core.rate.AnnualizationBasis.COMPOUND));
    // (1 + 1)^31,536,000 - 1: 31.5 million doublings, far beyond Double.MAX_VALUE (2^1024).
    assertEquals("the annualised figure of ratePerPeriod 1.0 over 3.1536E7 periods overflows, "
        + "was Infinity", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FundingRate.of(-1e308, Duration.ofHours(8))
        .annualize(dev.fundingkit.core.rate.AnnualizationBasis.SIMPLE));
    // The largest finite case still computes: 1e300 × 1095 = 1.095e303.
    assertEquals(1.095e303, FundingRate.of(1e300, Duration.ofHours(8))
        .annualize(dev.fundingkit.core.rate.AnnualizationBasis.SIMPLE), 1e288);
  }
}
