package dev.fundingkit.stats.signal;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.stats.ou.OuParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class FirstPassageTest {

  private static final long SEED = 20261122L;
  private static final OuParameters UNIT = OuParameters.perHour(1.0, FundingRate.of(0.0, java.time.Duration.ofHours(1)), Math.sqrt(2));

  @Test
  void reverseFarmHolding_minus2ToMinusHalf_is0point9018OverTheta() {
    assertEquals(0.9018, FirstPassage.scaledExpectedTime(-2, -0.5), 5e-5);
    OuParameters hl24h = OuParameters.perHour(Math.log(2) / 24, FundingRate.of(0.0001, java.time.Duration.ofHours(1)), 0.0001);
    assertEquals(0.9018 / hl24h.theta(), FirstPassage.expectedTimeUnits(hl24h, -2, -0.5), 5e-3);
    // 1.30 half-lives = 31.2 h for a 24 h half-life.
    assertEquals(1.30, FirstPassage.expectedTimeUnits(hl24h, -2, -0.5) / 24, 5e-3);
    Duration holding = FirstPassage.expectedHolding(hl24h, SignalBands.DEFAULT);
    assertEquals(31.2250, holding.toNanos() / 3.6e12, 1e-4);
    assertEquals(holding, FirstPassage.expectedTime(hl24h, -2, -0.5));
  }

  @Test
  void ouMdTable_isReproduced() {
    // ou.md §9 table (θ = 1). The row "−0.5 → −2: 10.9518" in ou.md is a typo: the same
    // section's Bertram round-trip check (10.54606 − 0.9018) and mpmath both give 9.6442.
    double[][] rows = {
        {-2, -0.5, 0.9018}, {-2, 0, 1.4252}, {-1.5, -0.5, 0.6689}, {-2.5, -0.5, 1.0948},
        {-3, -0.5, 1.2590}, {0, -2, 10.4284}, {-0.5, -2, 9.6442}};
    for (double[] row : rows) {
      assertEquals(row[2], FirstPassage.scaledExpectedTime(row[0], row[1]), 5e-5,
          () -> row[0] + " -> " + row[1]);
    }
  }

  @Test
  void matchesMpmathGoldenValues_toOnePartIn1e12() throws IOException {
    int rows = 0;
    double worst = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(getClass().getResourceAsStream("first_passage_mpmath.csv")),
        StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        double expected = Double.parseDouble(f[2]);
        double actual =
            FirstPassage.scaledExpectedTime(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
        worst = Math.max(worst, Math.abs(actual - expected) / expected);
        rows++;
      }
    }
    assertEquals(381, rows);
    assertTrue(worst < 1e-12, "worst relative error " + worst);
  }

  @Test
  void roundTrip_equalsBertramClosedForm() {
    // Bertram (2010): E[T(a→m)] + E[T(m→a)] = (π/θ)[erfi(|a|/√2) − erfi(|m|/√2)].
    double roundTrip =
        FirstPassage.scaledExpectedTime(-2, -0.5) + FirstPassage.scaledExpectedTime(-0.5, -2);
    double bertram = Math.PI * (erfi(2 / Math.sqrt(2)) - erfi(0.5 / Math.sqrt(2)));
    assertEquals(10.54606, bertram, 5e-6);
    assertEquals(bertram, roundTrip, 1e-12);
  }

  /** erfi(x) = 2/√π Σ x^(2n+1)/(n!(2n+1)), converging fast for the small x used here. */
  private static double erfi(double x) {
    double term = x;
    double sum = 0;
    for (int n = 0; n < 60; n++) {
      sum += term / (2 * n + 1);
      term *= x * x / (n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  @Test
  void extremes_doNotOverflow() {
    for (double z = -6; z <= 6; z += 0.25) {
      double up = FirstPassage.scaledExpectedTime(z, 6);
      double down = FirstPassage.scaledExpectedTime(z, -6);
      assertTrue(Double.isFinite(up) && Double.isFinite(down), "z=" + z);
    }
    assertTrue(Double.isFinite(FirstPassage.scaledExpectedTime(0, 37.5)));
    assertEquals(691.41, FirstPassage.scaledExpectedTime(-1e300, 0), 0.01);
    assertEquals(0.0, FirstPassage.scaledExpectedTime(-1.5, -1.5));
  }

  @Test
  void monteCarlo_exactDiscretisation_agreesWithTheIntegral() {
    // θ = 1, μ = 0, sd = 1 (σ = √2), start at z = −2, first time z ≥ −0.5. Exact OU step
    // x' = φx + √(1 − φ²)·N(0,1), φ = e^(−dt), dt = 1e-4, 500 paths (≈ 4.5 M steps).
    // Discrete monitoring detects the crossing late: by Broadie–Glasserman–Kou the barrier is
    // effectively shifted by 0.5826·σ·√dt = 0.0082 sd, i.e. + 0.0082·Φ/φ(−0.5) = +0.0072 in
    // time. Tolerance: that bias plus 4 Monte Carlo standard errors (estimated from the
    // sample, ≈ 0.03), so a formula off by more than ~15% fails.
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double dt = 1e-4;
    double phi = Math.exp(-dt);
    double noise = Math.sqrt(-Math.expm1(-2 * dt));
    int paths = 500;
    double sum = 0;
    double sumSq = 0;
    for (int p = 0; p < paths; p++) {
      double x = -2;
      long steps = 0;
      while (x < -0.5) {
        x = phi * x + noise * normal.sample();
        steps++;
      }
      double t = steps * dt;
      sum += t;
      sumSq += t * t;
    }
    double mean = sum / paths;
    double se = Math.sqrt((sumSq / paths - mean * mean) / (paths - 1));
    double expected = FirstPassage.scaledExpectedTime(-2, -0.5);
    double bias = 0.5826 * Math.sqrt(2) * Math.sqrt(dt) * FirstPassage.cdfOverDensity(-0.5);
    assertTrue(se < 0.05, "standard error " + se);
    assertEquals(expected + bias, mean, 4 * se, () -> "mean " + mean + " se " + se);
  }

  @Test
  void law_expectedTimeGrowsAsTheStartMovesFurtherFromTheTarget() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(-3, 3), doubles().between(0.01, 6), doubles().between(0.01, 3))
        .check((target, near, extra) -> {
          double far = near + extra;
          return FirstPassage.scaledExpectedTime(target - far, target)
                  > FirstPassage.scaledExpectedTime(target - near, target)
              && FirstPassage.scaledExpectedTime(target + far, target)
                  > FirstPassage.scaledExpectedTime(target + near, target);
        });
  }

  @Test
  void law_expectedTimeScalesAsOneOverTheta() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(1e-4, 10), doubles().between(0.1, 10),
            doubles().between(-5, 5), doubles().between(-5, 5))
        .check((theta, k, from, to) -> {
          OuParameters slow = OuParameters.perHour(theta, FundingRate.of(0.0, java.time.Duration.ofHours(1)), 1.0);
          OuParameters fast = OuParameters.perHour(theta * k, FundingRate.of(0.0, java.time.Duration.ofHours(1)), 1.0);
          double a = FirstPassage.expectedTimeUnits(slow, from, to);
          double b = FirstPassage.expectedTimeUnits(fast, from, to) * k;
          return Math.abs(a - b) <= 1e-12 * Math.max(1, a);
        });
  }

  @Test
  void law_passagesThroughAnIntermediateLevelAdd() {
    // Continuous paths must cross m on the way from a to b (strong Markov property).
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(-8, 5), doubles().between(0.01, 3), doubles().between(0.01, 3))
        .check((a, d1, d2) -> {
          double m = a + d1;
          double b = m + d2;
          double whole = FirstPassage.scaledExpectedTime(a, b);
          double parts =
              FirstPassage.scaledExpectedTime(a, m) + FirstPassage.scaledExpectedTime(m, b);
          return Math.abs(whole - parts) <= 1e-12 * whole;
        });
  }

  @Test
  void law_downwardPassageIsTheMirrorOfUpward() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(-8, 8), doubles().between(-8, 8))
        .check((a, b) -> FirstPassage.scaledExpectedTime(a, b)
            == FirstPassage.scaledExpectedTime(-a, -b));
  }

  @Test
  void bulk_equalsScalar() {
    OuParameters p = OuParameters.perHour(0.03, FundingRate.of(0.0001, java.time.Duration.ofHours(1)), 0.00005);
    double[] from = {-3, -2, -0.5, 0, 1.5, -0.5};
    double[] out = new double[from.length];
    FirstPassage.expectedTimeUnits(p, from, -0.5, out);
    double[] expected = new double[from.length];
    for (int i = 0; i < from.length; i++) {
      expected[i] = FirstPassage.expectedTimeUnits(p, from[i], -0.5);
    }
    assertArrayEquals(expected, out, 0.0);
    assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.expectedTimeUnits(p, from, -0.5, new double[2]));
  }

  @Test
  void timeToEntryAndExit_areZeroWhenAlreadyThere() {
    SignalLevels levels = SignalLevels.reverseFarm(UNIT);
    assertEquals(Duration.ZERO, FirstPassage.expectedTimeToEntry(UNIT, levels, -2.1));
    assertEquals(Duration.ZERO, FirstPassage.expectedTimeToExit(UNIT, levels, -0.4));
    assertEquals(UNIT.toDuration(FirstPassage.scaledExpectedTime(0, -2)),
        FirstPassage.expectedTimeToEntry(UNIT, levels, 0.0));
    assertEquals(UNIT.toDuration(FirstPassage.scaledExpectedTime(-3, -0.5)),
        FirstPassage.expectedTimeToExit(UNIT, levels, -3.0));
    SignalLevels forward = SignalLevels.forwardFarm(UNIT);
    assertEquals(FirstPassage.expectedTimeToExit(UNIT, levels, -3.0),
        FirstPassage.expectedTimeToExit(UNIT, forward, 3.0));
  }

  @Test
  void badInput_isRejectedWithTheParameterName() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.scaledExpectedTime(Double.NaN, 0));
    assertEquals("zFrom must be finite, was NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.scaledExpectedTime(0, Double.POSITIVE_INFINITY));
    IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.scaledExpectedTime(0, 40));
    assertTrue(far.getMessage().startsWith("zTo must be within 37.5"), far.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FirstPassage.scaledExpectedTime(0, -40));
    // Towards the mean from far out is fine.
    assertTrue(FirstPassage.scaledExpectedTime(-40, 0) > 0);
    // Finite in θ units, but too long for a Duration at a tiny θ.
    OuParameters glacial = OuParameters.perHour(1e-12, FundingRate.of(0, java.time.Duration.ofHours(1)), 1);
    assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.expectedTime(glacial, 0, 10));
    double[] bad = {0, Double.NaN};
    IllegalArgumentException bulk = assertThrows(IllegalArgumentException.class,
        () -> FirstPassage.expectedTimeUnits(UNIT, bad, 0, new double[2]));
    assertEquals("zFrom[1] must be finite, was NaN", bulk.getMessage());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(OuParameters.class, UNIT)
        .setDefault(SignalBands.class, SignalBands.DEFAULT)
        .setDefault(SignalLevels.class, SignalLevels.reverseFarm(UNIT))
        .testAllPublicStaticMethods(FirstPassage.class);
  }
}
