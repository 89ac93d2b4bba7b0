package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.AnnualizationBasis;
import dev.fundingkit.core.rate.FundingRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FundingFormulaTest {

  private static final long SEED = 20261122L;
  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);
  private static final List<Duration> INTERVALS =
      List.of(H1, Duration.ofHours(2), H4, H8, Duration.ofMinutes(30), Duration.ofHours(24));
  private static final List<IntervalScaling> SCALINGS = List.of(IntervalScaling.NONE,
      IntervalScaling.PER_8H, IntervalScaling.ONE_EIGHTH, IntervalScaling.ONE_TWENTY_FOURTH);

  static Gen<Double> premiums() {
    return doubles().between(-0.05, 0.05);
  }

  static Gen<Duration> intervals() {
    return integers().between(0, INTERVALS.size() - 1).map(INTERVALS::get);
  }

  /** Formulas built from every kind of part, with a symmetric cap and the given interest. */
  static Gen<FundingFormula> formulas(Gen<Double> interest) {
    Gen<PremiumBand> bands = integers().between(0, 2).zip(doubles().between(0, 0.002),
        (kind, width) -> kind == 0 ? PremiumBand.clamp(width)
            : kind == 1 ? PremiumBand.damper(width) : PremiumBand.NONE);
    Gen<FundingCap> caps = doubles().between(0.0001, 0.05).map(FundingCap::symmetric);
    Gen<IntervalScaling> scalings = integers().between(0, SCALINGS.size() - 1).map(SCALINGS::get);
    return interest.zip(bands, scalings, caps, (i, band, scaling, cap) -> FundingFormula.of(
        InterestComponent.fixed(i, H8), band, scaling, cap, CapStage.AFTER_SCALING,
        PublishedPrecision.of(8, RoundingMode.HALF_UP)));
  }

  @Test
  void domainFigure_premiumMinus0357Percent_gives_minus0307PercentPer8h() {
    FundingBreakdown b = FundingFormula.standard().apply(-0.00357, H8);
    assertEquals(-0.00357, b.averagePremium(), 0);
    assertEquals(0.0001, b.interest(), 0);
    assertEquals(0.0005, b.clampTerm(), 0);
    assertEquals(-0.00307, b.raw(), 1e-15);
    assertEquals(-0.00307, b.scaled(), 1e-15);
    assertFalse(b.capped());
    assertEquals(FundingRate.of(b.raw(), H8), b.rate());
    assertEquals("-0.00307", b.published());
    assertEquals(-3.36165, b.annualized(), 1e-12);
  }

  @Test
  void binance2025Scaling_4hHalvesTheRate_andTheCapBindsAfterScaling() {
    FundingFormula binance = FundingFormula.standard().withScaling(IntervalScaling.PER_8H)
        .withPrecision(PublishedPrecision.of(8, RoundingMode.HALF_UP));
    FundingBreakdown b = binance.apply(-0.00357, H4);
    assertEquals(-0.001535, b.rate().value(), 1e-15);
    assertEquals("-0.00153500", b.published());
    FundingBreakdown capped = binance.withCap(FundingCap.symmetric(0.003)).apply(-0.02, H4);
    assertTrue(capped.capped());
    assertEquals(-0.003, capped.rate().value(), 0);
    assertEquals(-0.00975, capped.scaled(), 1e-15);
  }

  @Test
  void capBeforeScaling_capsTheReferenceRate_dydxStyle() {
    // dYdX: 8-hour rate capped at 12%, an eighth paid each hour.
    FundingFormula dydx = FundingFormula.of(InterestComponent.NONE, PremiumBand.NONE,
        IntervalScaling.ONE_EIGHTH, FundingCap.symmetric(0.12), CapStage.BEFORE_SCALING,
        PublishedPrecision.of(6, RoundingMode.DOWN));
    FundingBreakdown b = dydx.apply(0.2, H1);
    assertTrue(b.capped());
    assertEquals(0.015, b.rate().value(), 0);
    assertEquals(0.025, b.scaled(), 0);
    assertEquals(0.01, dydx.rate(0.08, H1), 0);
  }

  @Test
  void bulk_writesTheSameRatesAsOneByOne() {
    FundingFormula f = FundingFormula.standard().withScaling(IntervalScaling.PER_8H)
        .withCap(FundingCap.symmetric(0.003));
    double[] premiums = {-0.02, -0.00357, 0, 0.0003, 0.004, 0.05};
    double[] out = new double[premiums.length];
    f.rates(premiums, H4, out);
    for (int k = 0; k < premiums.length; k++) {
      assertEquals(f.apply(premiums[k], H4).rate().value(), out[k], 0);
      assertEquals(f.rate(premiums[k], H4), out[k], 0);
    }
    f.rates(premiums, H4, premiums);
    assertEquals(out[1], premiums[1], 0);
  }

  @Test
  void bulk_badPremium_writesNothing() {
    double[] out = {7, 7, 7};
    assertThrows(IllegalArgumentException.class, () -> FundingFormula.standard()
        .rates(new double[] {0, 0.001, Double.NaN}, H8, out));
    assertEquals(7, out[0], 0);
    assertEquals(7, out[1], 0);
  }

  @Test
  void law_proratedInterestMemo_givesTheSameRateAsAFreshFormula_acrossIntervals() {
    // One formula asked for alternating intervals (the memo keeps only the last) must give
    // bit for bit what a formula built for each call gives.
    FundingFormula shared = FundingFormula.standard()
        .withInterest(InterestComponent.prorated(0.0001, H8))
        .withScaling(IntervalScaling.PER_8H);
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(premiums(), intervals())
        .check((p, n) -> {
          FundingFormula fresh = FundingFormula.standard()
              .withInterest(InterestComponent.prorated(0.0001, H8))
              .withScaling(IntervalScaling.PER_8H);
          double[] out = new double[1];
          shared.rates(new double[] {p}, n, out);
          return shared.rate(p, n) == fresh.rate(p, n)
              && shared.apply(p, n).equals(fresh.apply(p, n)) && out[0] == fresh.rate(p, n);
        });
  }

  @Test
  void breakdown_publishedOnDemand_equalsTheEagerBreakdown() {
    FundingFormula binance = FundingFormula.standard().withScaling(IntervalScaling.PER_8H)
        .withPrecision(PublishedPrecision.of(8, RoundingMode.HALF_UP));
    FundingBreakdown lazy = binance.apply(-0.00357, H4);
    // (−0.00357 + 0.0005) × 4/8 = −0.001535, published at 8 dp.
    FundingBreakdown eager = new FundingBreakdown(lazy.averagePremium(), lazy.interest(),
        lazy.clampTerm(), lazy.raw(), lazy.scaled(), lazy.capped(), lazy.rate(), "-0.00153500",
        lazy.provenance());
    new EqualsTester().addEqualityGroup(lazy, eager, binance.apply(-0.00357, H4)).testEquals();
    assertEquals(eager.toString(), lazy.toString());
    assertEquals("-0.00153500", lazy.published());
  }

  @Test
  void badInput_isRejectedNamingTheParameterAndValue() {
    FundingFormula f = FundingFormula.standard();
    assertEquals("averagePremium must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> f.apply(Double.NaN, H8)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> f.rate(Double.POSITIVE_INFINITY, H8));
    assertEquals("interval must be positive, was PT0S", assertThrows(
        IllegalArgumentException.class, () -> f.apply(0, Duration.ZERO)).getMessage());
    assertEquals("premiums[1] must be finite, was -Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> f.rates(new double[] {0, Double.NEGATIVE_INFINITY}, H8, new double[2]))
        .getMessage());
    assertEquals("out must have at least 2 elements, was 1", assertThrows(
        IllegalArgumentException.class,
        () -> f.rates(new double[2], H8, new double[1])).getMessage());
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Duration.class, H8)
        .setDefault(InterestComponent.class, InterestComponent.NONE)
        .setDefault(PremiumBand.class, PremiumBand.NONE)
        .setDefault(IntervalScaling.class, IntervalScaling.NONE)
        .setDefault(FundingCap.class, FundingCap.none())
        .setDefault(PublishedPrecision.class, PublishedPrecision.unrounded());
    tester.testAllPublicStaticMethods(FundingFormula.class);
    tester.testAllPublicInstanceMethods(f);
  }

  @Test
  void valueEquality() {
    FundingFormula f = FundingFormula.standard();
    new EqualsTester()
        .addEqualityGroup(f, FundingFormula.of(InterestComponent.fixed(0.0001, H8),
            PremiumBand.clamp(0.0005), IntervalScaling.NONE, FundingCap.none(),
            CapStage.AFTER_SCALING, PublishedPrecision.unrounded()))
        .addEqualityGroup(f.withInterest(InterestComponent.NONE))
        .addEqualityGroup(f.withBand(PremiumBand.damper(0.00025)))
        .addEqualityGroup(f.withScaling(IntervalScaling.PER_8H))
        .addEqualityGroup(f.withCap(FundingCap.symmetric(0.003)))
        .addEqualityGroup(f.withCapStage(CapStage.BEFORE_SCALING))
        .addEqualityGroup(f.withPrecision(PublishedPrecision.of(8, RoundingMode.HALF_UP)))
        .testEquals();
    assertEquals("FundingFormula[interest fixed 0.01%/8h, clamp ±0.05%, no scaling, cap none"
        + " AFTER_SCALING, published unrounded]", f.toString());
  }

  @Test
  void law_deadZone_rateIsExactlyTheInterest_beforeCapAndScaling() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(doubles().between(-0.001, 0.001), doubles().between(0, 0.002),
            doubles().between(-1, 1))
        .check((i, band, where) -> {
          double p = i + where * band;
          // Keep P inside [I − band, I + band] in exact decimal arithmetic.
          BigDecimal gap = new BigDecimal(p).subtract(new BigDecimal(i)).abs();
          if (gap.compareTo(new BigDecimal(band)) > 0) {
            return true;
          }
          FundingBreakdown b = FundingFormula.standard()
              .withInterest(InterestComponent.fixed(i, H8)).withBand(PremiumBand.clamp(band))
              .apply(p, H8);
          return b.raw() == i + 0.0 && b.rate().value() == i + 0.0;
        });
  }

  @Test
  void law_binanceDeadZone_premiumBetweenMinus004And006Percent_settlesAtOneBasisPoint() {
    qt().withFixedSeed(SEED).withExamples(2000)
        // The decimal end points are an ulp off the binary I ∓ b; they are checked just below.
        .forAll(doubles().between(-0.0004 + 1e-15, 0.0006 - 1e-15))
        .check(p -> FundingFormula.standard().rate(p, H8) == 0.0001);
    assertEquals(0.0001, FundingFormula.standard().rate(-0.0004, H8), Math.ulp(0.0001));
    assertEquals(0.0001, FundingFormula.standard().rate(0.0006, H8), Math.ulp(0.0001));
  }

  @Test
  void law_rateIsNonDecreasingInPremium() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(formulas(doubles().between(-0.001, 0.001)), premiums(), premiums(), intervals())
        .check((f, a, b, n) -> f.rate(Math.min(a, b), n) <= f.rate(Math.max(a, b), n)
            && f.withCapStage(CapStage.BEFORE_SCALING).rate(Math.min(a, b), n)
                <= f.withCapStage(CapStage.BEFORE_SCALING).rate(Math.max(a, b), n));
  }

  @Test
  void law_capBoundsEveryRate() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(formulas(doubles().between(-0.001, 0.001)), doubles().between(-1, 1), intervals())
        .check((f, p, n) -> Math.abs(f.rate(p, n)) <= f.cap().cap()
            && Math.abs(f.withCapStage(CapStage.BEFORE_SCALING).rate(p, n))
                <= f.cap().cap() * f.scaling().factor(n) * (1 + 1e-15));
  }

  @Test
  void law_oddSymmetry_whenInterestIsZero() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(formulas(doubles().between(0, 0)), doubles().between(-1, 1), intervals())
        .check((f, p, n) -> f.rate(-p, n) == -f.rate(p, n) + 0.0
            && f.apply(-p, n).published().equals(negatedString(f.apply(p, n).published())));
  }

  private static String negatedString(String published) {
    if (new BigDecimal(published).signum() == 0) {
      return published;
    }
    return published.startsWith("-") ? published.substring(1) : "-" + published;
  }

  @Test
  void law_scalingByIntervalThenAnnualising_equalsAnnualisingTheEightHourEconomics() {
    FundingFormula binance = FundingFormula.standard().withScaling(IntervalScaling.PER_8H);
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(premiums(), intervals())
        .check((p, n) -> {
          FundingRate scheduled = binance.apply(p, n).rate();
          double eightHourly = binance.apply(p, H8).rate()
              .annualize(AnnualizationBasis.SIMPLE);
          double direct = scheduled.annualize(AnnualizationBasis.SIMPLE);
          double perHour = scheduled.perHour().annualize(AnnualizationBasis.SIMPLE);
          double tolerance = 1e-14 * Math.max(1e-3, Math.abs(direct));
          return Math.abs(direct - eightHourly) <= tolerance
              && Math.abs(perHour - eightHourly) <= tolerance;
        });
  }

  @Test
  void law_bulkForm_equalsOneByOne() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(formulas(doubles().between(-0.001, 0.001)),
            lists().of(premiums()).ofSizeBetween(0, 50), intervals())
        .check((f, list, n) -> {
          double[] p = list.stream().mapToDouble(Double::doubleValue).toArray();
          double[] out = new double[p.length];
          f.rates(p, n, out);
          for (int k = 0; k < p.length; k++) {
            if (out[k] != f.apply(p[k], n).rate().value()) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * The bulk and the one-by-one forms share their parts, so the bulk form is also checked
   * against the formula written out here from its definition: band, then scaling and the
   * symmetric cap in either order.
   */
  @Test
  void law_bulkForm_equalsTheFormulaWrittenOut() {
    double[] divisors = {1, 8, 24};
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(-0.001, 0.001), integers().between(0, 5),
            doubles().between(0, 0.002), integers().between(0, 3))
        .check((i, kindAndStage, width, scale) -> {
          int kind = kindAndStage % 3;
          CapStage stage = kindAndStage < 3 ? CapStage.AFTER_SCALING : CapStage.BEFORE_SCALING;
          double cap = 0.0001 + width * 10;
          PremiumBand band = kind == 0 ? PremiumBand.clamp(width)
              : kind == 1 ? PremiumBand.damper(width) : PremiumBand.NONE;
          IntervalScaling scaling = scale == 3 ? IntervalScaling.PER_8H
              : IntervalScaling.divideBy(divisors[scale]);
          FundingFormula f = FundingFormula.of(InterestComponent.fixed(i, H8), band, scaling,
              FundingCap.symmetric(cap), stage,
              PublishedPrecision.of(8, RoundingMode.HALF_UP));
          double[] p = new double[64];
          for (int k = 0; k < p.length; k++) {
            p[k] = -0.01 + 0.02 * k / (p.length - 1);
          }
          for (Duration n : INTERVALS) {
            double[] out = new double[p.length];
            f.rates(p, n, out);
            double factor = scale == 3 ? n.toMinutes() / 480.0 : 1 / divisors[scale];
            for (int k = 0; k < p.length; k++) {
              double raw;
              if (kind == 0) {
                raw = p[k] + Math.max(-width, Math.min(width, i - p[k]));
              } else if (kind == 1) {
                double damped = Math.abs(p[k]) <= width ? 0 : p[k] - Math.signum(p[k]) * width;
                raw = damped + i;
              } else {
                raw = p[k] + i;
              }
              double expected = stage == CapStage.AFTER_SCALING
                  ? Math.max(-cap, Math.min(cap, raw * factor))
                  : Math.max(-cap, Math.min(cap, raw)) * factor;
              if (Math.abs(out[k] - expected) > 1e-15) {
                return false;
              }
            }
          }
          return true;
        });
  }

  @Test
  void published_isComputedInExactDecimal_soDecimalTiesRoundAsTheVenueDoes() {
    FundingFormula hourly = FundingFormula.of(InterestComponent.fixed(0.0001, Duration.ofHours(8)),
        PremiumBand.DEFAULT_CLAMP, IntervalScaling.ONE_EIGHTH, FundingCap.symmetric(0.04),
        CapStage.AFTER_SCALING, PublishedPrecision.of(10, RoundingMode.HALF_UP));
    // (0.00127415 − 0.0005) / 8 = 0.00009676875 exactly: a tie, HALF_UP → 0.0000967688; the
    // binary double of the quotient lies just below the tie and would give …687.
    assertEquals("0.0000967688", hourly.apply(0.00127415, Duration.ofHours(1)).published());
    // (0.0006369124 − 0.0005) / 8 = 0.00001711405 → 0.0000171141.
    assertEquals("0.0000171141", hourly.apply(0.0006369124, Duration.ofHours(1)).published());
  }

  @Test
  void law_publishedDecimal_isTheDoubleRateRoundedWithinOneUnitOfTheLastPlace() {
    FundingFormula binance = FundingFormula.standard()
        .withPrecision(PublishedPrecision.of(8, RoundingMode.HALF_UP));
    qt().withFixedSeed(20261202L).forAll(doubles().between(-0.05, 0.05)).check(p -> {
      FundingBreakdown b = binance.apply(p, Duration.ofHours(8));
      double published = new BigDecimal(b.published()).doubleValue();
      return Math.abs(published - b.rate().value()) <= 0.5e-8 + 1e-15;
    });
  }

  @Test
  void provenance_isCarriedToEveryBreakdown() {
    assertEquals(Provenance.PUBLISHED, FundingFormula.standard().provenance());
    FundingFormula assumed = FundingFormula.standard().withProvenance(Provenance.ASSUMED);
    assertEquals(Provenance.ASSUMED, assumed.apply(0.001, Duration.ofHours(8)).provenance());
    assertTrue(assumed.toString().endsWith(", ASSUMED]"), assumed.toString());
    new EqualsTester().addEqualityGroup(FundingFormula.standard())
        .addEqualityGroup(assumed).testEquals();
  }

  @Test
  void figuresAreCheckedOnce_hugeFiniteFiguresPass_andAnOverflowIsNamed() {
    // product of the figures overflows although each is finite: the slow path lets it through
    FundingFormula none = FundingFormula.of(InterestComponent.fixed(1e100, H8), PremiumBand.NONE,
        IntervalScaling.NONE, FundingCap.none(), CapStage.AFTER_SCALING,
        PublishedPrecision.of(8, RoundingMode.HALF_UP));
    FundingBreakdown b = none.apply(1e100, H8);
    assertEquals(2e100, b.raw(), 0); // P + I with no band
    // 24 h rates from an 8 h formula scale by 3: 1e308 overflows, named "scaled"
    FundingFormula scaled = FundingFormula.of(InterestComponent.fixed(0, H8), PremiumBand.NONE,
        IntervalScaling.PER_8H, FundingCap.none(), CapStage.AFTER_SCALING,
        PublishedPrecision.of(8, RoundingMode.HALF_UP));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> scaled.apply(1e308, Duration.ofHours(24)));
    assertTrue(e.getMessage().startsWith("scaled must be finite"), e.getMessage());
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void capStage_isReadBack_andHashSeparatesEveryPart() {
    FundingFormula f = FundingFormula.standard();
    assertEquals(CapStage.BEFORE_SCALING,
        f.withCapStage(CapStage.BEFORE_SCALING).capStage());
    List<FundingFormula> all = List.of(f, f.withCapStage(CapStage.BEFORE_SCALING),
        f.withBand(PremiumBand.NONE), f.withScaling(IntervalScaling.PER_8H),
        f.withCap(FundingCap.symmetric(0.01)), f.withInterest(InterestComponent.fixed(0, H8)),
        f.withPrecision(PublishedPrecision.of(6, RoundingMode.HALF_UP)));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }

  @Test
  void bulk_capBeforeScaling_takesTheGeneralPath() {
    // clamp: raw = max(0.01 − 0.0005, min(0.0105, 0.0001)) = 0.0095, capped to 0.0001 first,
    // then 1 h of 8 h: 0.0000125 (capping after scaling would give 0.0001)
    for (IntervalScaling scaling : List.of(IntervalScaling.ONE_EIGHTH, IntervalScaling.PER_8H)) {
      FundingFormula f = FundingFormula.of(InterestComponent.fixed(0.0001, H8),
          PremiumBand.DEFAULT_CLAMP, scaling, FundingCap.symmetric(0.0001),
          CapStage.BEFORE_SCALING, PublishedPrecision.of(8, RoundingMode.HALF_UP));
      double[] out = new double[1];
      f.rates(new double[] {0.01}, H1, out);
      assertEquals(0.0000125, out[0], 1e-19);
    }
  }

  @Test
  void overflowingFigures_areNamedInOrder() {
    PublishedPrecision p8 = PublishedPrecision.of(8, RoundingMode.HALF_UP);
    // P + I = 1e308 + 1e308 overflows: "raw" (the interest and term are finite)
    FundingFormula none = FundingFormula.of(InterestComponent.fixed(1e308, H8), PremiumBand.NONE,
        IntervalScaling.PER_8H, FundingCap.none(), CapStage.AFTER_SCALING, p8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> none.apply(1e308, H8));
    assertEquals("raw must be finite, was Infinity (the formula's figures overflow a double)",
        e.getMessage());
    // inside a 1.7e308 dead band the raw rate is I = 1e308, but the term I − P = 1e308 + 1.7e308
    // overflows: "clampTerm"
    FundingFormula damped = FundingFormula.of(InterestComponent.fixed(1e308, H8),
        PremiumBand.damper(1.7e308), IntervalScaling.PER_8H, FundingCap.none(),
        CapStage.AFTER_SCALING, p8);
    e = assertThrows(IllegalArgumentException.class, () -> damped.apply(-1.7e308, H8));
    assertEquals("clampTerm must be finite, was Infinity (the formula's figures overflow a "
        + "double)", e.getMessage());
  }

  @Test
  void proportionalScaling_ofAZeroRate_isPositiveZero() {
    // no band, no interest: raw = P = -MIN_VALUE, and 1 h of 8 h scales it to -0.0, which the
    // proportional path normalises
    FundingFormula f = FundingFormula.of(InterestComponent.fixed(0, H8), PremiumBand.NONE,
        IntervalScaling.PER_8H, FundingCap.none(), CapStage.AFTER_SCALING,
        PublishedPrecision.of(8, RoundingMode.HALF_UP));
    FundingBreakdown b = f.apply(-Double.MIN_VALUE, H1);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(b.scaled()));
  }
}
