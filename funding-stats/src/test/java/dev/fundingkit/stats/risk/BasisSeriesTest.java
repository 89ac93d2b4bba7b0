package dev.fundingkit.stats.risk;

import static dev.fundingkit.core.testing.ValueTypes.readFails;
import static dev.fundingkit.core.testing.ValueTypes.refusesADirectStream;
import static dev.fundingkit.core.testing.ValueTypes.serialWithDoubleReplaced;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BasisSeriesTest {

  private static final long SEED = 20261122L;
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  static Instant[] hourly(int n) {
    return RollingVolatilityTest.hourly(n);
  }

  @Test
  void basis_isPerpOverSpotMinusOne() {
    BasisSeries series = BasisSeries.of(hourly(3), new double[] {101, 99, 100},
        new double[] {100, 100, 100});
    assertArrayEquals(new double[] {0.01, -0.01, 0.0}, series.values(), 1e-15);
    assertEquals(3, series.size());
    assertEquals(T0, series.time(0));
    assertEquals(0.01, series.basis(0), 1e-15);
    double[] out = new double[2];
    BasisSeries.basis(new double[] {2800 * 0.99643, 3000}, new double[] {2800, 3000}, out);
    assertEquals(-0.00357, out[0], 1e-12);
    assertEquals(0.0, out[1], 0);
  }

  @Test
  void law_rollingVolatilityOfAConstantBasis_isZero() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(doubles().between(-0.02, 0.02), integers().between(26, 200),
            doubles().between(1000, 100_000))
        .check((level, n, start) -> {
          // the prices wander; the basis between them does not
          Random random = new Random(n);
          double[] spot = new double[n];
          double[] perp = new double[n];
          double price = start;
          for (int i = 0; i < n; i++) {
            price *= Math.exp(0.01 * random.nextGaussian());
            spot[i] = price;
            perp[i] = price * (1 + level);
          }
          double[] constant = new double[n];
          java.util.Arrays.fill(constant, level);
          RollingVolatility fromBasis = BasisSeries.ofBasis(hourly(n), constant)
              .rollingVolatility();
          RollingVolatility fromPrices = BasisSeries.of(hourly(n), perp, spot)
              .rollingVolatility();
          for (int i = 0; i < fromBasis.size(); i++) {
            // exact for a constant basis; prices carry rounding of one ulp in perp / spot
            if (fromBasis.value(i) != 0.0 || fromPrices.value(i) > 1e-15) {
              return false;
            }
          }
          return fromBasis.size() == n - 24;
        });
  }

  @Test
  void adverseMove_isSignedBySide_reverseCarryLosesWhenBasisFalls() {
    int n = 48;
    double[] falling = new double[n];
    for (int i = 0; i < n; i++) {
      falling[i] = -0.0001 * i;
    }
    BasisSeries series = BasisSeries.ofBasis(hourly(n), falling);
    AdverseBasisMove reverse = series.adverseMove(PositionSide.LONG, Duration.ofHours(4));
    assertEquals(0.0004, reverse.move(), 1e-15);
    assertEquals(n - 4, reverse.samples());
    assertEquals(0.95, reverse.confidence(), 0);
    AdverseBasisMove classic = series.adverseMove(PositionSide.SHORT, Duration.ofHours(4));
    assertEquals(-0.0004, classic.move(), 1e-15);
    assertEquals(0.0, classic.loss(1000), 0);
  }

  @Test
  void adverseMove_isTheType7QuantileOfTheHoldingPeriodChanges() {
    // basis changes over one hour are −1bp · k for k = 1..100 in some order: the long perp's
    // adverse moves are 1..100 bp; the type-7 95% quantile is 1 + 0.95·99 = 95.05 bp
    int n = 101;
    int[] order = new int[100];
    for (int k = 0; k < 100; k++) {
      order[k] = (k * 37) % 100 + 1;
    }
    double[] basis = new double[n];
    for (int i = 1; i < n; i++) {
      basis[i] = basis[i - 1] - 0.0001 * order[i - 1];
    }
    AdverseBasisMove move =
        BasisSeries.ofBasis(hourly(n), basis).adverseMove(PositionSide.LONG, Duration.ofHours(1));
    assertEquals(0.009505, move.move(), 1e-12);
    assertEquals(100, move.samples());
    AdverseBasisMove median = BasisSeries.ofBasis(hourly(n), basis)
        .adverseMove(PositionSide.LONG, Duration.ofHours(1), 0.5);
    assertEquals(0.00505, median.move(), 1e-12);
  }

  @Test
  void adverseMove_aGapLengthensTheHoldingPeriod() {
    Instant[] times = {T0, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(5))};
    double[] basis = {0.0, 0.001, -0.002};
    // holding 2h from T0 ends at the 5h observation; from 1h as well; from 5h: none
    AdverseBasisMove move = BasisSeries.ofBasis(times, basis)
        .adverseMove(PositionSide.LONG, Duration.ofHours(2), 0.5);
    assertEquals(2, move.samples());
    assertEquals(0.0025, move.move(), 1e-15); // samples 0.002 and 0.003
  }

  @Test
  void tooLittleData_isIllegalState() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> BasisSeries.ofBasis(hourly(20), new double[20])
            .adverseMove(PositionSide.LONG, Duration.ofHours(1)));
    assertEquals("need at least 20 holding periods of PT1H for a 0.95 quantile, got 19",
        e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> BasisSeries.ofBasis(hourly(10), new double[10]).rollingVolatility());
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException spot = assertThrows(IllegalArgumentException.class,
        () -> BasisSeries.of(hourly(2), new double[] {1, 1}, new double[] {1, 0}));
    assertEquals("spotPrices[1] must be > 0, was 0.0", spot.getMessage());
    IllegalArgumentException perp = assertThrows(IllegalArgumentException.class,
        () -> BasisSeries.of(hourly(2), new double[] {Double.NaN, 1}, new double[] {1, 1}));
    assertEquals("perpPrices[0] must be > 0, was NaN", perp.getMessage());
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> BasisSeries.of(hourly(2), new double[] {1}, new double[] {1, 1}));
    assertEquals("perpPrices must have length 2, was 1", length.getMessage());
    IllegalArgumentException basis = assertThrows(IllegalArgumentException.class,
        () -> BasisSeries.ofBasis(hourly(1), new double[] {-1}));
    assertEquals("basis[0] must be > -1, was -1.0", basis.getMessage());
    BasisSeries series = BasisSeries.ofBasis(hourly(30), new double[30]);
    IllegalArgumentException confidence = assertThrows(IllegalArgumentException.class,
        () -> series.adverseMove(PositionSide.LONG, DAY, 1.0));
    assertEquals("confidence must be in (0, 1), was 1.0", confidence.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> series.adverseMove(PositionSide.LONG, Duration.ofHours(-1)));
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, DAY)
        .setDefault(double.class, 0.5)
        .testAllPublicStaticMethods(BasisSeries.class);
    new NullPointerTester()
        .setDefault(Duration.class, DAY)
        .setDefault(double.class, 0.5)
        .testAllPublicInstanceMethods(BasisSeries.ofBasis(hourly(100), new double[100]));
  }

  /**
   * Binance BTCUSDT, hourly close of the USDⓈ-M perp against the spot close, 2023-06-01 ..
   * 2025-03-11 (15,592 hours). Measured on 2026-11-22: median 24 h basis volatility 0.0098%
   * (1 bp), 95th percentile of the rolling figure 0.0220%; the 95% adverse 1-day move of the
   * reverse carry 0.0314% and of the classic carry 0.0316%. The domain brief's typical 0.1–0.5%
   * and "about 1%" are an order of magnitude above Binance's BTC, a deep market with hourly
   * bars. The four figures are asserted at their measured values (to ~1e-6 of each), so a
   * window, quantile, unit or sign change fails here.
   */
  @Test
  void realData_binanceBtcBasis_matchesTheMeasuredValues() throws IOException {
    Map<Instant, Double> perp =
        closes(SharedData.require("binance-gobbles404/BTCUSDT_1h_perps.csv.gz"));
    Map<Instant, Double> spot =
        closes(SharedData.require("binance-gobbles404/BTCUSDT_1h_spot.csv.gz"));
    Instant[] times = perp.keySet().stream().filter(spot::containsKey).toArray(Instant[]::new);
    double[] perpClose = new double[times.length];
    double[] spotClose = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      perpClose[i] = perp.get(times[i]);
      spotClose[i] = spot.get(times[i]);
    }
    assertEquals(15592, times.length);
    BasisSeries basis = BasisSeries.of(times, perpClose, spotClose);
    RollingVolatility vol = basis.rollingVolatility();
    double median = vol.median();
    double[] sorted = vol.values();
    java.util.Arrays.sort(sorted);
    double p95 = sorted[(int) (0.95 * (sorted.length - 1))];
    AdverseBasisMove reverse = basis.adverseMove(PositionSide.LONG, DAY);
    AdverseBasisMove classic = basis.adverseMove(PositionSide.SHORT, DAY);
    String measured = String.format(java.util.Locale.ROOT,
        "median %.4f%% p95 %.4f%% reverse %.4f%% classic %.4f%%", 100 * median, 100 * p95,
        100 * reverse.move(), 100 * classic.move());
    // The values measured on this file (2026-11-22), to about a millionth of each: a band as wide
    // as the old "sane" one (two decades) would let a window or scaling error through.
    assertEquals(9.8270988772e-5, median, 1e-10, measured);
    assertEquals(2.1956822046e-4, p95, 1e-10, measured);
    assertEquals(3.1432601297e-4, reverse.move(), 1e-10, measured);
    assertEquals(3.1578911421e-4, classic.move(), 1e-10, measured);
    assertEquals(15592 - 24, reverse.samples());
  }

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static Map<Instant, Double> closes(Path file) throws IOException {
    Map<Instant, Double> closes = new LinkedHashMap<>();
    try (BufferedReader reader = SharedData.open(file)) {
      String header = reader.readLine();
      assertEquals("Timestamp,Open,High,Low,Close", header);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",");
        closes.put(LocalDateTime.parse(cells[0], STAMP).toInstant(ZoneOffset.UTC),
            Double.parseDouble(cells[4]));
      }
    }
    return closes;
  }

  @Test
  void badShapes_areRejectedNamingTheArrayAndLengths() {
    Instant[] t = hourly(3);
    assertEquals("perpPrices must have length 3, was 2", assertThrows(
        IllegalArgumentException.class,
        () -> BasisSeries.of(t, new double[] {1, 1}, new double[] {1, 1, 1})).getMessage());
    assertEquals("spotPrices must have length 3, was 2", assertThrows(
        IllegalArgumentException.class,
        () -> BasisSeries.of(t, new double[] {1, 1, 1}, new double[] {1, 1})).getMessage());
    assertEquals("basis must have length 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> BasisSeries.ofBasis(t, new double[2]))
        .getMessage());
    assertEquals("spotPrices must have length 2, was 1", assertThrows(
        IllegalArgumentException.class,
        () -> BasisSeries.basis(new double[] {1, 1}, new double[] {1}, new double[2]))
        .getMessage());
  }

  /**
   * Zero basis and zero moves are +0 (a -0.0 prints as "-0"). In {@code basis(...)} the
   * {@code + 0.0} after {@code perp / spot − 1} is an equivalent mutant: {@code x − 1} is never
   * -0.0. In {@code adverseMove}, {@code n − 1 → n + 1} in the upper index is equivalent too:
   * a confidence below 1 keeps {@code lower + 1 ≤ n − 1}.
   */
  @Test
  void zeros_arePositiveZero() {
    BasisSeries flat = BasisSeries.ofBasis(hourly(100), new double[100]);
    assertEquals(0.0, flat.adverseMove(PositionSide.LONG, DAY).move());
    assertEquals(0.0, flat.adverseMove(PositionSide.SHORT, DAY).move());
    double[] negZero = new double[100];
    java.util.Arrays.fill(negZero, -0.0);
    assertEquals(0.0, BasisSeries.ofBasis(hourly(100), negZero).basis(7));
  }

  @Test
  void adverseMove_interpolatesBetweenTheTwoNearestSamples() {
    // Basis steps of 1, 2, …, 22 thousandths an hour: 22 one-hour changes, sorted 0.001 …
    // 0.022. The 95% type-7 quantile sits at 0.95 × 21 = 19.95: 0.020 + 0.95 × 0.001.
    int n = 23;
    double[] basis = new double[n];
    for (int i = 1; i < n; i++) {
      basis[i] = basis[i - 1] + 0.001 * i;
    }
    AdverseBasisMove move = BasisSeries.ofBasis(hourly(n), basis)
        .adverseMove(PositionSide.SHORT, Duration.ofHours(1), 0.95);
    assertEquals(22, move.samples());
    assertEquals(0.02095, move.move(), 1e-12);
  }

  @Test
  void times_text_andSerialForm() {
    BasisSeries s = BasisSeries.ofBasis(hourly(3), new double[] {0.01, -0.02, 0.0});
    assertArrayEquals(hourly(3), s.times());
    assertEquals("BasisSeries[size=3, from=" + T0 + ", to=" + T0.plus(Duration.ofHours(2))
        + "]", s.toString());
    BasisSeries back = SerializableTester.reserialize(s);
    assertArrayEquals(s.times(), back.times());
    assertArrayEquals(s.values(), back.values());
  }

  @Test
  void aSpotArrayOfTheWrongLength_isNamed() {
    assertEquals("spotPrices must have length 3, was 2", assertThrows(
        IllegalArgumentException.class, () -> BasisSeries.of(hourly(3),
            new double[] {1, 1, 1}, new double[] {1, 1})).getMessage());
    assertEquals("out must have length >= 2, was 1", assertThrows(
        IllegalArgumentException.class, () -> BasisSeries.basis(new double[] {1, 1},
            new double[] {1, 1}, new double[1])).getMessage());
  }

  @Test
  void aTamperedStream_isRefusedThroughTheFactory() throws Exception {
    // A basis of −2 (at or below −1) cannot come from prices; the proxy re-enters ofBasis.
    BasisSeries s = BasisSeries.ofBasis(hourly(2), new double[] {0.125, 0.25});
    java.io.InvalidObjectException bad = readFails(serialWithDoubleReplaced(s, 0.125, -2.0));
    assertEquals(IllegalArgumentException.class, bad.getCause().getClass());
    assertEquals(bad.getCause().getMessage(), bad.getMessage());
    assertTrue(bad.getMessage().startsWith("basis[0] "), bad.getMessage());
    refusesADirectStream(s);
  }
}
