package dev.fundingkit.stats.risk;

import static dev.fundingkit.core.testing.ValueTypes.readFails;
import static dev.fundingkit.core.testing.ValueTypes.refusesADirectStream;
import static dev.fundingkit.core.testing.ValueTypes.serialWithDoubleReplaced;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingVolatilityTest {

  private static final long SEED = 20261122L;
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static Instant[] hourly(int n) {
    Instant[] times = new Instant[n];
    for (int i = 0; i < n; i++) {
      times[i] = T0.plus(Duration.ofHours(i));
    }
    return times;
  }

  /** Irregular times: steps of 1 to maxStep minutes, drawn from the seed. */
  static long[] irregularMinutes(int n, int maxStep, long seed) {
    Random random = new Random(seed);
    long[] times = new long[n];
    for (int i = 1; i < n; i++) {
      times[i] = times[i - 1] + 1 + random.nextInt(maxStep);
    }
    return times;
  }

  @Test
  void law_constantSeries_hasZeroVolatility_exactly() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(doubles().between(-0.05, 0.05), integers().between(2, 300),
            integers().between(1, 120), longs().between(1, 1000))
        .check((level, n, maxStep, seed) -> {
          long[] times = irregularMinutes(n, maxStep, seed);
          double[] values = new double[n];
          java.util.Arrays.fill(values, level);
          long[] outTimes = new long[n];
          double[] outSd = new double[n];
          int[] counts = new int[n];
          int written = RollingVolatility.compute(times, values, 240, 2, outTimes, outSd, counts);
          for (int i = 0; i < written; i++) {
            if (outSd[i] != 0.0) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void law_bulkForm_matchesATwoPassStandardDeviationOfEachWindow() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(integers().between(2, 400), integers().between(1, 90),
            longs().between(1, 1000), longs().between(30, 2000))
        .check((n, maxStep, seed, window) -> {
          long[] times = irregularMinutes(n, maxStep, seed);
          Random random = new Random(seed + 1);
          double[] values = new double[n];
          for (int i = 0; i < n; i++) {
            values[i] = 0.001 + 0.0005 * random.nextGaussian();
          }
          long[] outTimes = new long[n];
          double[] outSd = new double[n];
          int[] counts = new int[n];
          int written =
              RollingVolatility.compute(times, values, window, 2, outTimes, outSd, counts);
          int row = 0;
          for (int i = 0; i < n; i++) {
            long end = times[i];
            if (end - window < times[0]) {
              continue;
            }
            double sum = 0;
            int count = 0;
            for (int j = 0; j <= i; j++) {
              if (times[j] > end - window) {
                sum += values[j];
                count++;
              }
            }
            if (count < 2) {
              continue;
            }
            double mean = sum / count;
            double ss = 0;
            for (int j = 0; j <= i; j++) {
              if (times[j] > end - window) {
                ss += (values[j] - mean) * (values[j] - mean);
              }
            }
            double expected = Math.sqrt(ss / (count - 1));
            if (row >= written || outTimes[row] != end || counts[row] != count
                || Math.abs(outSd[row] - expected) > 1e-12) {
              return false;
            }
            row++;
          }
          return row == written;
        });
  }

  @Test
  void windowIsHalfOpen_twentyFourHourlyValuesFillADay() {
    int n = 30;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 2 == 0 ? 0.001 : -0.001;
    }
    RollingVolatility vol = RollingVolatility.of(hourly(n), values, Duration.ofHours(24), 2);
    // first full window ends at hour 24 and holds hours 1..24
    assertEquals(T0.plus(Duration.ofHours(24)), vol.time(0));
    assertEquals(n - 24, vol.size());
    for (int i = 0; i < vol.size(); i++) {
      assertEquals(24, vol.observations(i));
      // 12 values of +0.001 and 12 of −0.001: sample sd = 0.001 · √(24/23)
      assertEquals(0.001 * Math.sqrt(24.0 / 23), vol.value(i), 1e-15);
    }
    assertEquals(vol.value(0), vol.median(), 0);
    assertEquals(vol.size(), vol.values().length);
    assertEquals(vol.size(), vol.times().length);
    assertEquals(Duration.ofHours(24), vol.window());
  }

  @Test
  void tooLittleData_isIllegalState() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RollingVolatility.of(hourly(24), new double[24], Duration.ofHours(24), 2));
    assertEquals("need observations spanning at least one window of PT24H with 2 values in it,"
        + " got 24 observations", e.getMessage());
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(hourly(3), new double[3], Duration.ofHours(1), 1));
    assertEquals("minObservations must be >= 2, was 1", min.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(hourly(3), new double[2], Duration.ofHours(1), 2));
    assertEquals("values must have length 3, was 2", length.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(hourly(2), new double[] {0, Double.NaN},
            Duration.ofHours(1), 2));
    assertEquals("values[1] must be finite, was NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(hourly(3), new double[3], Duration.ZERO, 2));
    assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(new Instant[] {T0, T0}, new double[2], Duration.ofHours(1), 2));
    IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.compute(new long[2], new double[2], 0, 2, new long[2],
            new double[2], new int[2]));
    assertEquals("window must be > 0, was 0", window.getMessage());
    IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.compute(new long[2], new double[2], 5, 2, new long[1],
            new double[2], new int[2]));
    assertEquals("outTimes must have length >= 2, was 1", out.getMessage());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(int.class, 2)
        .setDefault(long.class, 1L)
        .testAllPublicStaticMethods(RollingVolatility.class);
  }

  @Test
  void badShapes_areRejectedNamingTheArrayAndLengths() {
    Instant[] t = hourly(3);
    Duration w = Duration.ofHours(2);
    assertEquals("values must have length 3, was 2", assertThrows(IllegalArgumentException.class,
        () -> RollingVolatility.of(t, new double[2], w, 2)).getMessage());
    assertEquals("minObservations must be >= 2, was 1", assertThrows(
        IllegalArgumentException.class,
        () -> RollingVolatility.of(t, new double[3], w, 1)).getMessage());
    long[] ms = {0, 3_600_000, 7_200_000};
    long hour = 3_600_000L;
    assertEquals("minObservations must be >= 2, was 1", assertThrows(
        IllegalArgumentException.class, () -> RollingVolatility.compute(ms, new double[3],
            hour, 1, new long[3], new double[3], new int[3])).getMessage());
    assertEquals("values must have length 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> RollingVolatility.compute(ms, new double[2],
            hour, 2, new long[3], new double[3], new int[3])).getMessage());
    assertEquals("outTimes must have length >= 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> RollingVolatility.compute(ms, new double[3],
            hour, 2, new long[2], new double[3], new int[3])).getMessage());
    assertEquals("outSd must have length >= 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> RollingVolatility.compute(ms, new double[3],
            hour, 2, new long[3], new double[2], new int[3])).getMessage());
    assertEquals("outCounts must have length >= 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> RollingVolatility.compute(ms, new double[3],
            hour, 2, new long[3], new double[3], new int[2])).getMessage());
  }

  @Test
  void median_isTheMiddleValue_forOddAndEvenCounts() {
    boolean odd = false;
    boolean even = false;
    Random rnd = new Random(SEED);
    for (int n = 30; n < 40; n++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextGaussian() * 1e-3;
      }
      RollingVolatility rv = RollingVolatility.of(hourly(n), v, Duration.ofHours(6), 3);
      double[] sorted = rv.values();
      java.util.Arrays.sort(sorted);
      int m = sorted.length;
      // The median written out: the middle one, or the mean of the middle two.
      double expected = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
      assertEquals(expected, rv.median(), 0);
      odd |= m % 2 == 1;
      even |= m % 2 == 0;
    }
    assertEquals(true, odd && even, "both parities covered");
  }

  @Test
  void withTwoBadArguments_theLengthIsReportedFirst() {
    assertEquals("values must have length 3, was 2", assertThrows(
        IllegalArgumentException.class,
        () -> RollingVolatility.of(hourly(3), new double[2], Duration.ofHours(1), 1))
        .getMessage());
  }

  @Test
  void text_andSerialForm() {
    // Values 0, 1, 0, 1 hourly, window 2 h: each full window {0, 1} has sd √0.5.
    RollingVolatility v = RollingVolatility.of(hourly(4), new double[] {0, 1, 0, 1},
        Duration.ofHours(2), 2);
    assertEquals("RollingVolatility[window=PT2H, size=" + v.values().length + ", median="
        + v.median() + "]", v.toString());
    assertEquals(Math.sqrt(0.5), v.median(), 1e-15);
    RollingVolatility back = SerializableTester.reserialize(v);
    assertArrayEquals(v.values(), back.values());
    assertArrayEquals(v.times(), back.times());
  }

  @Test
  void aTamperedStream_isRefused() throws Exception {
    // A negative deviation cannot come from of(); the proxy checks every row.
    RollingVolatility v = RollingVolatility.of(hourly(4), new double[] {0, 1, 0, 1},
        Duration.ofHours(2), 2);
    double sd = v.value(0);
    java.io.InvalidObjectException bad = readFails(serialWithDoubleReplaced(v, sd, -sd));
    assertEquals("row 0 must have a deviation >= 0 and >= 2 observations, was " + (-sd)
        + " over " + v.observations(0), bad.getMessage());
    assertEquals(IllegalArgumentException.class, bad.getCause().getClass());
    refusesADirectStream(v);
  }
}
