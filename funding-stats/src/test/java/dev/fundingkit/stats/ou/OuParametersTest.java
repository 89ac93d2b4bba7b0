package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Exact values of the closed forms, chosen so that they come out round by hand: θ = ln 2 per
 * hour makes φ over h hours {@code 2^(−h)} and the half-life exactly one hour.
 */
class OuParametersTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H8 = Duration.ofHours(8);
  private static final double LN2 = Math.log(2);

  /** θ = ln 2 /h, μ = 1 bp per 8 h, σ = 1e-2 /√h. */
  private static final OuParameters P = OuParameters.perHour(LN2, FundingRate.of(1e-4, H8), 1e-2);

  @Test
  void constructor_namesTheBadParameterAndValue() {
    FundingRate mu = FundingRate.of(1e-4, H8);
    assertEquals("theta must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> new OuParameters(0.0, mu, 1.0, H1)).getMessage());
    assertEquals("mu", assertThrows(NullPointerException.class,
        () -> new OuParameters(1.0, null, 1.0, H1)).getMessage());
    assertEquals("sigma must be > 0, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> new OuParameters(1.0, mu, -1.0, H1)).getMessage());
    assertEquals("timeUnit must be positive, was PT0S",
        assertThrows(IllegalArgumentException.class,
            () -> new OuParameters(1.0, mu, 1.0, Duration.ZERO)).getMessage());
  }

  @Test
  void perHour_usesTheHour() {
    assertEquals(H1, P.timeUnit());
    assertEquals(H8, P.rateInterval());
  }

  @Test
  void halfLife_isLn2OverTheta_inTheTimeUnit() {
    assertEquals(1.0, P.halfLifeUnits(), 0.0);
    assertEquals(H1, P.halfLife());
    // the same θ per 30 minutes: one unit = 30 min
    OuParameters half = new OuParameters(LN2, FundingRate.of(1e-4, H8), 1e-2,
        Duration.ofMinutes(30));
    assertEquals(Duration.ofMinutes(30), half.halfLife());
    // θ = ln2 / 1.5 per 1.5 s (a unit with a nano part): HL = 1.5 units = 2.25 s
    OuParameters odd = new OuParameters(LN2 / 1.5, FundingRate.of(1e-4, H8), 1e-2,
        Duration.ofMillis(1500));
    assertEquals(2.25, odd.halfLife().toNanos() / 1e9, 1e-9);
  }

  @Test
  void halfLife_saturatesAtMax_forATinyTheta() {
    OuParameters slow = OuParameters.perHour(1e-300, FundingRate.of(1e-4, H8), 1e-2);
    assertEquals(OuParameters.MAX_HALF_LIFE, slow.halfLife());
    assertEquals(LN2 * 1e300, slow.halfLifeUnits(), 1e286);
  }

  @Test
  void stationarySd_isSigmaOverRootTwoTheta_perTheRateInterval() {
    // σ = 2e-4, θ = 2: 2e-4 / √4 = 1e-4
    OuParameters p = OuParameters.perHour(2.0, FundingRate.of(0.0, H8), 2e-4);
    assertEquals(1e-4, p.stationarySd().value(), 1e-20);
    assertEquals(H8, p.stationarySd().interval());
  }

  @Test
  void zScore_ofADouble_andOfARateRescaledFirst() {
    OuParameters p = OuParameters.perHour(2.0, FundingRate.of(1e-4, H8), 2e-4);
    // (3e-4 − 1e-4) / 1e-4
    assertEquals(2.0, p.zScore(3e-4), 1e-12);
    // 3e-4 per hour is 24e-4 per 8 h: (24e-4 − 1e-4) / 1e-4
    assertEquals(23.0, p.zScore(FundingRate.of(3e-4, H1)), 1e-9);
    assertEquals(2.0, p.zScore(FundingRate.of(3e-4, H8)), 1e-12);
    assertEquals("value must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> p.zScore(Double.NaN)).getMessage());
    assertEquals("rate", assertThrows(NullPointerException.class,
        () -> p.zScore((FundingRate) null)).getMessage());
    OuParameters tight = OuParameters.perHour(1.0, FundingRate.of(0.0, H8), 1e-300);
    assertThrows(FundingOverflowException.class, () -> tight.zScore(1e300));
  }

  @Test
  void phi_isTwoToTheMinusHours() {
    assertEquals(0.25, P.phi(Duration.ofHours(2)), 1e-15);
    assertEquals(0.5, P.phi(H1), 1e-15);
  }

  @Test
  void conditionalMean_decaysTowardsMu_inTheRateInterval() {
    // μ + (c − μ)·½ over one hour: 1e-4 + 4e-4 / 2
    FundingRate m = P.conditionalMean(FundingRate.of(5e-4, H8), H1);
    assertEquals(3e-4, m.value(), 1e-18);
    assertEquals(H8, m.interval());
    // a per-hour print of 5e-4 is 40e-4 per 8 h: 1e-4 + 39e-4 / 4 over two hours
    assertEquals(1e-4 + 39e-4 / 4, P.conditionalMean(FundingRate.of(5e-4, H1),
        Duration.ofHours(2)).value(), 1e-17);
    assertEquals("current", assertThrows(NullPointerException.class,
        () -> P.conditionalMean(null, H1)).getMessage());
  }

  @Test
  void conditionalVariance_isTheClosedForm() {
    // σ²(1 − ¼)/(2 ln 2): over one hour e^(−2θ) = ¼
    assertEquals(1e-4 * 0.75 / (2 * LN2), P.conditionalVariance(H1), 1e-18);
    assertEquals("duration must be positive, was PT0S",
        assertThrows(IllegalArgumentException.class,
            () -> P.conditionalVariance(Duration.ZERO)).getMessage());
  }

  @Test
  void units_andToDuration_areInverse_inExactCases() {
    assertEquals(1.5, P.units(Duration.ofMinutes(90)), 0.0);
    OuParameters odd = new OuParameters(1.0, FundingRate.of(1e-4, H8), 1e-2,
        Duration.ofMillis(1500));
    // 3 s / 1.5 s; a unit's nanosecond part counts
    assertEquals(2.0, odd.units(Duration.ofSeconds(3)), 1e-15);
    assertEquals(Duration.ofSeconds(3), odd.toDuration(2.0));
    assertEquals(Duration.ofMinutes(90), P.toDuration(1.5));
    assertEquals(Duration.ZERO, P.toDuration(0.0));
    assertEquals("units must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> P.toDuration(-1.0)).getMessage());
    assertEquals("units too large for a Duration, was 1.0E10",
        assertThrows(IllegalArgumentException.class, () -> P.toDuration(1e10)).getMessage());
    assertEquals("duration", assertThrows(NullPointerException.class,
        () -> P.units(null)).getMessage());
  }

  @Test
  void toDuration_acceptsExactlyTwoToThe63Nanos_andRejectsTheNextDouble() {
    // with a one-second unit, 2^63 / 1e9 units is 2^63 ns as a double, which equals
    // (double) Long.MAX_VALUE: not "too large"; the next double up is
    OuParameters sec = new OuParameters(1.0, FundingRate.of(1e-4, H8), 1e-2,
        Duration.ofSeconds(1));
    double u = Math.pow(2, 63) / 1e9;
    assertEquals(Duration.ofNanos(Long.MAX_VALUE), sec.toDuration(u));
    assertThrows(IllegalArgumentException.class, () -> sec.toDuration(Math.nextUp(u)));
  }

  @Test
  void rateInterval_isMusInterval() {
    FundingRate mu = FundingRate.of(1e-4, Duration.ofHours(4));
    assertSame(mu.interval(), OuParameters.perHour(1.0, mu, 1e-2).rateInterval());
  }
}
