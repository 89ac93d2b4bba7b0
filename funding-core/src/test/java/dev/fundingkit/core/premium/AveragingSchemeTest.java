package dev.fundingkit.core.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AveragingSchemeTest {

  private static final long SEED = 20261122L;
  private static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

  private static final List<AveragingScheme> ALL = List.of(AveragingScheme.SIMPLE_MEAN,
      AveragingScheme.LINEAR_WEIGHTS, AveragingScheme.DYDX_MEDIAN_THEN_MEAN,
      AveragingScheme.medianPerMinuteThenMean(1, 1));

  static Gen<double[]> premiumArrays(int min, int max) {
    return lists().of(doubles().between(-0.01, 0.01)).ofSizeBetween(min, max)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Every five seconds from T0: 12 votes a minute. */
  static long[] fiveSecondTimes(int n) {
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0 + 5_000L * i;
    }
    return times;
  }

  @Test
  void linearWeights_binanceFaq_5760FiveSecondPoints_weighTotal16591680() {
    // venues.md §17 example 8: Σ i over 5,760 points is 16,591,680.
    double[] p = new double[5760];
    p[5759] = 1.0;
    assertEquals(5760.0 / 16_591_680, AveragingScheme.LINEAR_WEIGHTS.average(p), 1e-20);
    p[5759] = 0;
    p[0] = 1.0;
    assertEquals(1.0 / 16_591_680, AveragingScheme.LINEAR_WEIGHTS.average(p), 1e-22);
  }

  @Test
  void simpleAndLinear_smallFigures() {
    double[] p = {0.001, 0.002, 0.003, 0.004};
    assertEquals(0.0025, AveragingScheme.SIMPLE_MEAN.average(p), 1e-18);
    assertEquals(0.003, AveragingScheme.LINEAR_WEIGHTS.average(p), 1e-18); // 30/10 bp·10
    assertEquals(0.011 / 3, AveragingScheme.LINEAR_WEIGHTS.average(p, 2, 4), 1e-18); // (3+8)/3
  }

  @Test
  void dydx_medianPerMinutePaddedToFifteenVotes_meanPaddedToSixtyMinutes() {
    // One minute with 12 votes of 0.006: padded with 3 zeros, median still 0.006;
    // padded to 60 minutes: 0.006 / 60.
    double[] p = new double[12];
    Arrays.fill(p, 0.006);
    assertEquals(0.0001,
        AveragingScheme.DYDX_MEDIAN_THEN_MEAN.average(fiveSecondTimes(12), p), 1e-18);
    // Seven non-zero votes in a minute padded to 15: the median is 0.
    assertEquals(0.0, AveragingScheme.DYDX_MEDIAN_THEN_MEAN
        .average(fiveSecondTimes(7), Arrays.copyOf(p, 7)), 0);
    // No samples at all: every minute counts as zero.
    assertEquals(0.0, AveragingScheme.DYDX_MEDIAN_THEN_MEAN.average(new double[0]), 0);
    // Even vote count: mean of the two middle votes.
    assertEquals(0.25, AveragingScheme.medianPerMinuteThenMean(1, 1)
        .average(new long[] {T0, T0 + 1, T0 + 2, T0 + 3}, new double[] {0.4, 0.1, 0.2, 0.3}), 0);
    // Times-free form: elements are minutes, padded to 60.
    assertEquals(0.001, AveragingScheme.DYDX_MEDIAN_THEN_MEAN.average(new double[] {0.06}), 1e-18);
  }

  @Test
  void names_readBack() {
    for (AveragingScheme scheme : ALL) {
      assertEquals(scheme, AveragingScheme.of(scheme.name()));
      assertEquals(scheme.name(), scheme.toString());
    }
    assertSame(AveragingScheme.LINEAR_WEIGHTS, AveragingScheme.of(" linear-weights "));
    assertEquals("median-per-minute-then-mean(15,60)", AveragingScheme.DYDX_MEDIAN_THEN_MEAN.name());
    assertThrows(IllegalArgumentException.class, () -> AveragingScheme.of("ewma"));
  }

  @Test
  void badInput_isRejected() {
    for (AveragingScheme scheme : ALL) {
      assertEquals("premiums[1] must be finite, was NaN", assertThrows(
          IllegalArgumentException.class,
          () -> scheme.average(fiveSecondTimes(2), new double[] {0, Double.NaN})).getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> scheme.average(new double[] {Double.POSITIVE_INFINITY}));
      assertEquals("epochMillis must be strictly increasing, but epochMillis[1]=1735689600000"
          + " (2025-01-01T00:00:00Z) duplicates epochMillis[0]=1735689600000"
          + " (2025-01-01T00:00:00Z)",
          assertThrows(IllegalArgumentException.class,
              () -> scheme.average(new long[] {T0, T0}, new double[] {0, 0})).getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> scheme.average(new long[] {T0 + 1, T0}, new double[] {0, 0}));
      assertThrows(IllegalArgumentException.class,
          () -> scheme.average(new long[] {T0}, new double[] {0, 0}));
      assertThrows(IndexOutOfBoundsException.class,
          () -> scheme.average(new double[] {0}, 0, 2));
      assertThrows(NullPointerException.class, () -> scheme.average((double[]) null));
    }
    assertThrows(IllegalStateException.class,
        () -> AveragingScheme.SIMPLE_MEAN.average(new double[0]));
    assertThrows(IllegalStateException.class,
        () -> AveragingScheme.LINEAR_WEIGHTS.average(new double[] {1}, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> AveragingScheme.medianPerMinuteThenMean(0, 60));
    assertThrows(IllegalArgumentException.class,
        () -> AveragingScheme.medianPerMinuteThenMean(15, 0));
  }

  @Test
  void law_everySchemeMapsAConstantSeriesToItself() {
    // 60 minutes of 15 votes each: enough that the dYdX scheme pads nothing.
    int n = 60 * 15;
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0 + (i / 15) * 60_000L + (i % 15) * 4_000L;
    }
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(doubles().between(-0.05, 0.05), integers().between(1, 4000))
        .check((c, len) -> {
          double[] constant = new double[len];
          Arrays.fill(constant, c);
          double[] full = new double[n];
          Arrays.fill(full, c);
          boolean timesFree = AveragingScheme.SIMPLE_MEAN.average(constant) == c + 0.0
              && AveragingScheme.LINEAR_WEIGHTS.average(constant) == c + 0.0
              && (len < 60 || AveragingScheme.DYDX_MEDIAN_THEN_MEAN.average(constant) == c + 0.0);
          boolean timed = true;
          for (AveragingScheme scheme : ALL) {
            timed &= scheme.average(times, full) == c + 0.0;
          }
          return timesFree && timed;
        });
  }

  @Test
  void law_linearWeights_landBetweenMinAndMax() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(premiumArrays(1, 200))
        .check(p -> {
          double avg = AveragingScheme.LINEAR_WEIGHTS.average(p);
          double min = Arrays.stream(p).min().getAsDouble();
          double max = Arrays.stream(p).max().getAsDouble();
          double simple = AveragingScheme.SIMPLE_MEAN.average(p);
          return min <= avg && avg <= max && min <= simple && simple <= max;
        });
  }

  @Test
  void law_linearWeights_favourLaterSamples_weightedMeanAtLeastSimpleMeanWhenIncreasing() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(premiumArrays(1, 200))
        .check(p -> {
          double[] rising = p.clone();
          Arrays.sort(rising);
          double[] falling = new double[rising.length];
          for (int i = 0; i < rising.length; i++) {
            falling[i] = rising[rising.length - 1 - i];
          }
          double slack = 1e-17;
          return AveragingScheme.LINEAR_WEIGHTS.average(rising)
                  >= AveragingScheme.SIMPLE_MEAN.average(rising) - slack
              && AveragingScheme.LINEAR_WEIGHTS.average(falling)
                  <= AveragingScheme.SIMPLE_MEAN.average(falling) + slack;
        });
  }

  @Test
  void law_linearWeights_nearerTheLaterSamples() {
    // Two halves at different levels: the weighted mean lies nearer the later half's level.
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(doubles().between(-0.01, 0.01), doubles().between(-0.01, 0.01),
            integers().between(1, 500))
        .assuming((a, b, half) -> Math.abs(a - b) > 1e-9)
        .check((early, late, half) -> {
          double[] p = new double[2 * half];
          Arrays.fill(p, 0, half, early);
          Arrays.fill(p, half, 2 * half, late);
          double avg = AveragingScheme.LINEAR_WEIGHTS.average(p);
          return Math.abs(avg - late) < Math.abs(avg - early);
        });
  }

  @Test
  void law_timedAndTimesFreeForms_agreeForOrderWeightedSchemes() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(premiumArrays(1, 300))
        .check(p -> AveragingScheme.LINEAR_WEIGHTS.average(fiveSecondTimes(p.length), p)
                == AveragingScheme.LINEAR_WEIGHTS.average(p)
            && AveragingScheme.SIMPLE_MEAN.average(fiveSecondTimes(p.length), p)
                == AveragingScheme.SIMPLE_MEAN.average(p));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void ranges_areCheckedBeforeAnythingIsRead() {
    double[] three = {0.1, 0.2, 0.3};
    long[] times = fiveSecondTimes(3);
    AveragingScheme padded = AveragingScheme.medianPerMinuteThenMean(1, 60);
    for (AveragingScheme s : List.of(padded, AveragingScheme.SIMPLE_MEAN)) {
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
          () -> s.average(three, 2, 1));
      assertEquals(IndexOutOfBoundsException.class, e.getClass());
      e = assertThrows(IndexOutOfBoundsException.class, () -> s.average(three, 0, 4));
      assertEquals("Range [0, 4) out of bounds for length 3", e.getMessage());
    }
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
        () -> padded.average(times, new double[2], 0, 3));
    assertEquals("Range [0, 3) out of bounds for length 2", e.getMessage());
  }

  @Test
  void paddedMean_countsTheMinutesOfTheSubrangeOnly() {
    // minutes 1..2 of {9, 0.2, 0.4, 9}, padded to 3 minutes: (0.2 + 0.4) / 3 = 0.2
    AveragingScheme padded = AveragingScheme.medianPerMinuteThenMean(1, 3);
    assertEquals(0.2, padded.average(new double[] {9, 0.2, 0.4, 9}, 1, 3), 1e-15);
  }

  @Test
  void overflowWhenAveraging_namesTheRange() {
    double[] huge = {1.5e308, 1.5e308};
    AveragingScheme padded = AveragingScheme.medianPerMinuteThenMean(1, 3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> padded.average(huge, 0, 2));
    assertEquals("premiums[0..2) overflowed when averaged", e.getMessage());
  }

  @Test
  void zeroAverages_arePositiveZero() {
    long plusZero = Double.doubleToRawLongBits(0.0);
    // the smallest negative premium over 60 padded minutes underflows to -0.0
    assertEquals(plusZero, Double.doubleToRawLongBits(AveragingScheme.medianPerMinuteThenMean(1,
        60).average(new double[] {-Double.MIN_VALUE}, 0, 1)));
    assertEquals(plusZero, Double.doubleToRawLongBits(
        AveragingScheme.SIMPLE_MEAN.average(new double[] {-0.0}, 0, 1)));
    assertEquals(plusZero, Double.doubleToRawLongBits(
        AveragingScheme.SIMPLE_MEAN.average(fiveSecondTimes(1), new double[] {-0.0}, 0, 1)));
  }

  @Test
  void medianPerMinute_padsEachMinuteAfresh_andTakesTheMiddleOfAnOddCount() {
    // 3 votes a minute. Minute A {0.1, 0.2, 0.6}: median 0.2. Minute B {0.5} padded with two
    // zeros {0, 0, 0.5}: median 0. Mean of two minutes: 0.1.
    long[] t = {T0, T0 + 1_000, T0 + 2_000, T0 + 60_000};
    double[] p = {0.1, 0.6, 0.2, 0.5};
    assertEquals(0.1, AveragingScheme.medianPerMinuteThenMean(3, 1).average(t, p, 0, 4), 1e-15);
  }
}
