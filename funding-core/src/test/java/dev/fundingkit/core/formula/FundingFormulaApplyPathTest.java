package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FundingFormula#apply}'s straight-line path (clamp band with fixed or proportional
 * scaling, on the memoised interval) against the oracle of composing the parts' own public
 * methods ({@code band.raw/term}, {@code scaling.scale}, {@code cap.apply/binds}): every figure
 * must be bit-identical, including the sign of zero, on the first call (which fills the memo)
 * and on later calls with the same or an equal interval, and inputs that overflow must throw
 * as the parts do. (Kept apart from FundingFormulaTest so that the tests other branches add
 * there do not collide with it.)
 */
class FundingFormulaApplyPathTest {

  private static final long SEED = 20261202L;

  private static final List<IntervalScaling> SCALINGS = List.of(IntervalScaling.NONE,
      IntervalScaling.ONE_EIGHTH, IntervalScaling.PER_8H, IntervalScaling.divideBy(0.5),
      IntervalScaling.proportional(Duration.ofHours(4)));

  private static final List<FundingCap> CAPS = List.of(FundingCap.none(),
      FundingCap.symmetric(0.0075), FundingCap.of(-0.003, 0.002), FundingCap.symmetric(1e-6));

  private static final List<Duration> INTERVALS = List.of(Duration.ofHours(8),
      Duration.ofHours(1), Duration.ofHours(4), Duration.ofMinutes(90));

  private static FundingFormula formula(int s, int c, boolean after, double halfWidth,
      double interest) {
    return FundingFormula.of(InterestComponent.fixed(interest, Duration.ofHours(8)),
        PremiumBand.clamp(halfWidth), SCALINGS.get(s), CAPS.get(c),
        after ? CapStage.AFTER_SCALING : CapStage.BEFORE_SCALING,
        PublishedPrecision.unrounded());
  }

  /** The formula composed from the parts' public methods, in formula order. */
  private static double[] oracle(FundingFormula f, double p, Duration interval) {
    double i = f.interest().rateFor(interval);
    double raw = f.band().raw(p, i);
    double term = f.band().term(p, i);
    double scaled = f.scaling().scale(raw, interval);
    boolean after = f.capStage() == CapStage.AFTER_SCALING;
    boolean capped = after ? f.cap().binds(scaled) : f.cap().binds(raw);
    double value = after ? f.cap().apply(scaled)
        : f.scaling().scale(f.cap().apply(raw), interval);
    return new double[] {p + 0.0, i, term, raw, scaled, capped ? 1 : 0, value};
  }

  private static void assertSameFigures(double[] want, FundingBreakdown b, Duration interval) {
    double[] got = {b.averagePremium(), b.interest(), b.clampTerm(), b.raw(), b.scaled(),
        b.capped() ? 1 : 0, b.rate().value()};
    String[] names = {"averagePremium", "interest", "clampTerm", "raw", "scaled", "capped",
        "rate"};
    for (int k = 0; k < want.length; k++) {
      // Double.compare tells 0.0 from -0.0, so the figures must match bit for bit.
      assertEquals(0, Double.compare(want[k], got[k]),
          names[k] + ": want " + want[k] + ", got " + got[k]);
    }
    assertEquals(interval, b.rate().interval());
    assertEquals(FundingRate.of(want[6], interval), b.rate());
  }

  @Test
  void everyClampShapeMatchesThePartsBitForBit() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(integers().between(0, SCALINGS.size() * CAPS.size() * 2 - 1),
            integers().between(0, INTERVALS.size() - 1), doubles().between(-0.02, 0.02),
            integers().between(0, 3))
        .checkAssert((shape, iv, p0, edge) -> {
          int s = shape % SCALINGS.size();
          int c = (shape / SCALINGS.size()) % CAPS.size();
          boolean after = shape / (SCALINGS.size() * CAPS.size()) == 0;
          double h = 0.0005;
          double interest = 0.0001;
          FundingFormula f = formula(s, c, after, h, interest);
          // Edge premiums: the band's ends (where min/max tie), zeros of both signs.
          double p = edge == 0 ? p0 : edge == 1 ? interest + h : edge == 2 ? -0.0 : 0.0;
          Duration interval = INTERVALS.get(iv);
          double[] want = oracle(f, p, interval);
          assertSameFigures(want, f.apply(p, interval), interval);  // fills the memo
          assertSameFigures(want, f.apply(p, interval), interval);  // memoised, same object
          Duration equal = Duration.ofSeconds(interval.getSeconds());
          assertSameFigures(want, f.apply(p, equal), equal);        // equal, not identical
        });
  }

  @Test
  void tiesAtTheBandEndsGivePositiveZero() {
    // I = P − h exactly: raw = max(P − h, min(P + h, I)) is a tie at 0 when P = h and I = 0.
    FundingFormula f = formula(0, 0, true, 0.0005, 0);
    Duration eight = Duration.ofHours(8);
    f.apply(0.0005, eight);
    FundingBreakdown b = f.apply(0.0005, eight);
    assertEquals(0, Double.compare(0.0, b.raw()));
    assertEquals(0, Double.compare(-0.0005, b.clampTerm()));
    assertEquals(0, Double.compare(0.0, b.rate().value()));
  }

  @Test
  void overflowThrowsOnTheMemoisedIntervalToo() {
    // ÷ 1e-300 overflows the scaled rate of a premium of 1e10.
    FundingFormula f = FundingFormula.of(InterestComponent.fixed(0.0001, Duration.ofHours(8)),
        PremiumBand.clamp(0.0005), IntervalScaling.divideBy(1e-300), FundingCap.none(),
        CapStage.AFTER_SCALING, PublishedPrecision.unrounded());
    Duration eight = Duration.ofHours(8);
    f.apply(0.0001, eight);  // fills the memo
    assertThrows(FundingOverflowException.class, () -> f.apply(1e10, eight));
    assertThrows(IllegalArgumentException.class, () -> f.apply(Double.NaN, eight));
    assertThrows(IllegalArgumentException.class,
        () -> f.apply(Double.POSITIVE_INFINITY, eight));
    assertThrows(NullPointerException.class, () -> f.apply(0.0001, null));
    assertThrows(IllegalArgumentException.class, () -> f.apply(0.0001, Duration.ZERO));
  }
}
