package dev.fundingkit.core.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.schedule.PiecewiseSchedule;
import dev.fundingkit.core.schedule.SettlementSchedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ReadOnlyBufferException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FundingSeriesTest {

  private static final long SEED = 20261202L;
  private static final long H = 3_600_000L;
  private static final long T0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final Duration H8 = Duration.ofHours(8);
  private static final Duration H4 = Duration.ofHours(4);

  private static long[] grid(int n, long stepMs) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = T0 + i * stepMs;
    }
    return t;
  }

  private static long[] without(long[] t, int fromInclusive, int toExclusive) {
    long[] out = new long[t.length - (toExclusive - fromInclusive)];
    int k = 0;
    for (int i = 0; i < t.length; i++) {
      if (i < fromInclusive || i >= toExclusive) {
        out[k++] = t[i];
      }
    }
    return out;
  }

  private static double[] constant(int n, double v) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, v);
    return out;
  }

  @Test
  void oneIntervalFactory_keepsPointsAndLabelsTheirSource() {
    FundingSeries s = FundingSeries.of(grid(3, 8 * H), new double[] {1e-4, -2e-4, -0.0},
        H8, IntervalSource.DECLARED);
    assertEquals(3, s.size());
    assertEquals(Instant.parse("2025-01-01T16:00:00Z"), s.time(2));
    assertEquals(0.0, s.value(2)); // -0.0 normalised
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(s.value(2)));
    assertEquals(FundingRate.of(-2e-4, H8), s.get(1));
    assertEquals(IntervalSource.DECLARED, s.intervalSource(0));
    assertEquals(Optional.of(H8), s.commonInterval());
    assertEquals("8h", s.intervalLabel());
    assertEquals("declared", s.intervalSourceLabel());
    assertEquals(RateKind.SETTLED, s.kind());
    assertEquals(Optional.empty(), s.venue());
    assertEquals(Duration.ofHours(16), s.span());
  }

  @Test
  void inputArraysAreCopied_andArrayAccessorsReturnCopies() {
    long[] t = grid(3, 8 * H);
    double[] v = {1e-4, 2e-4, 3e-4};
    FundingSeries s = FundingSeries.of(t, v, H8, IntervalSource.ASSUMED);
    t[0] = 0;
    v[0] = 9;
    s.values()[1] = 7;
    s.epochMillis()[1] = 7;
    assertEquals(T0, s.epochMilli(0));
    assertEquals(1e-4, s.value(0));
    assertEquals(2e-4, s.value(1));
    assertThrows(ReadOnlyBufferException.class, () -> s.valueBuffer().put(0, 1.0));
    assertThrows(ReadOnlyBufferException.class, () -> s.epochMilliBuffer().put(0, 1L));
    assertEquals(3e-4, s.valueBuffer().get(2));
    assertEquals(8 * H, s.intervalMilliBuffer().get(2));
  }

  @Test
  void badInput_isRejectedNamingParameterAndIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(grid(3, H), new double[] {0, Double.NaN, 0}, H8,
            IntervalSource.DECLARED));
    assertEquals("values[1] must be finite, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(new long[] {T0, T0}, new double[] {0, 0}, H8,
            IntervalSource.DECLARED));
    assertTrue(e.getMessage().contains("epochMillis[1]"), e.getMessage());
    assertTrue(e.getMessage().contains("duplicates"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(grid(2, H), new double[] {0}, H8, IntervalSource.DECLARED));
    assertEquals("values must have the length of epochMillis (2), was 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(grid(2, H), new double[] {0, 0}, new long[] {H, 0},
            IntervalSource.DECLARED));
    assertEquals("intervalMillis[1] must be > 0, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, new double[] {0, 0},
            H8, IntervalSource.DECLARED));
    assertTrue(e.getMessage().startsWith("epochMillis[0] must be within"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(grid(2, H), new double[] {0, 0}, Duration.ofNanos(1),
            IntervalSource.DECLARED));
    assertTrue(e.getMessage().startsWith("interval must be a whole number of milliseconds"));
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.inferred(grid(1, H), new double[] {0}));
    assertEquals("an interval cannot be inferred from 1 settlement; declare it or assume one",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.inferred(new long[] {T0, T0 + 7 * H}, new double[] {0, 0}));
    assertTrue(e.getMessage().startsWith("no gap between settlements"), e.getMessage());
  }

  /** Issue 9: a 4 h series with a 4-row outage is one 4 h segment with one gap of 4. */
  @Test
  void fourHourSeriesWithFourRowOutage_isOneIntervalAndOneGap() {
    long[] t = without(grid(40, 4 * H), 20, 24);
    FundingSeries s = FundingSeries.inferred(t, constant(t.length, 1e-4));
    assertEquals(Optional.of(H4), s.commonInterval());
    assertEquals("inferred", s.intervalSourceLabel());
    assertEquals(1, s.schedule().segments().size());
    List<FundingGap> gaps = s.gaps();
    assertEquals(1, gaps.size());
    FundingGap g = gaps.get(0);
    assertEquals(Instant.ofEpochMilli(T0 + 19 * 4 * H), g.lastBefore());
    assertEquals(Instant.ofEpochMilli(T0 + 24 * 4 * H), g.firstAfter());
    assertEquals(4, g.missingSettlements());
    assertEquals(H4, g.interval());
    assertEquals(4, s.missingSettlementCount());
    assertEquals(List.of(Instant.ofEpochMilli(T0 + 20 * 4 * H),
        Instant.ofEpochMilli(T0 + 21 * 4 * H), Instant.ofEpochMilli(T0 + 22 * 4 * H),
        Instant.ofEpochMilli(T0 + 23 * 4 * H)), s.missingSettlements());
  }

  @Test
  void gapRule_toleratesJitterAndDelayedSettlements() {
    // 8h grid: +16h - 30s (one missing, early jitter), then +11h and +5h (a delayed
    // settlement, HTX style: none missing), then +24h + 40s (two missing, late jitter).
    long[] t = {T0, T0 + 16 * H - 30_000, T0 + 27 * H - 30_000, T0 + 32 * H,
        T0 + 56 * H + 40_000};
    FundingSeries s = FundingSeries.of(t, constant(5, 0), H8, IntervalSource.DECLARED);
    assertEquals(1, s.missingBefore(1));
    assertEquals(0, s.missingBefore(2));
    assertEquals(0, s.missingBefore(3));
    assertEquals(2, s.missingBefore(4));
    assertEquals(3, s.missingSettlementCount());
    assertEquals(2, s.gaps().size());
    assertThrows(IndexOutOfBoundsException.class, () -> s.missingBefore(0));
    assertThrows(IndexOutOfBoundsException.class, () -> s.missingBefore(5));
  }

  @Test
  void gapUsesTheIntervalOfThePointAfterIt() {
    // 8h then (declared) 1h: the 3h hole between an 8h point and a 1h point misses 2 hours.
    long[] t = {T0, T0 + 8 * H, T0 + 11 * H, T0 + 12 * H};
    FundingSeries s = FundingSeries.of(t, constant(4, 0), new long[] {8 * H, 8 * H, H, H},
        IntervalSource.DECLARED);
    assertEquals(List.of(new FundingGap(Instant.ofEpochMilli(T0 + 8 * H),
        Instant.ofEpochMilli(T0 + 11 * H), Duration.ofHours(1), 2)), s.gaps());
    assertEquals("mixed", s.intervalLabel());
    PiecewiseSchedule schedule = s.schedule();
    assertEquals(2, schedule.segments().size());
    assertEquals(SettlementSchedule.HOURLY, schedule.segments().get(1).schedule());
  }

  @Test
  void perHour_dividesByEachPointsIntervalInHours() {
    FundingSeries s = FundingSeries.of(new long[] {T0, T0 + 8 * H, T0 + 12 * H},
        new double[] {8e-4, 8e-4, 4e-4}, new long[] {8 * H, 8 * H, 4 * H},
        IntervalSource.DECLARED);
    FundingSeries h = s.perHour();
    assertArrayEquals(new double[] {1e-4, 1e-4, 1e-4}, h.values(), 1e-18);
    assertEquals(Optional.of(Duration.ofHours(1)), h.commonInterval());
    assertEquals("declared", h.intervalSourceLabel());
    assertSame(h, h.perHour());
    assertArrayEquals(new double[] {8e-4, 8e-4, 8e-4}, s.valuesPer(H8), 1e-18);
  }

  @Test
  void rescaleOverflow_isBadInputNamingTheIndex() {
    FundingSeries s = FundingSeries.of(grid(2, H), new double[] {0, 1e308}, Duration.ofMillis(1),
        IntervalSource.DECLARED);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::perHour);
    assertEquals("rescaling to 1h overflows at index 1, value 1.0E308", e.getMessage());
  }

  @Test
  void lawRescaledPointEqualsRescaledRate() {
    qt().withFixedSeed(SEED).forAll(doubles().between(-0.05, 0.05),
        integers().between(1, 24), integers().between(1, 24))
        .checkAssert((v, fromH, toH) -> {
          FundingSeries s = FundingSeries.of(new long[] {T0}, new double[] {v},
              Duration.ofHours(fromH), IntervalSource.DECLARED);
          assertEquals(FundingRate.of(v, Duration.ofHours(fromH))
              .rescaleTo(Duration.ofHours(toH)), s.rescaleTo(Duration.ofHours(toH)).get(0));
        });
  }

  @Test
  void lawSliceKeepsExactlyThePointsInTheHalfOpenWindow() {
    long[] t = grid(50, 8 * H);
    FundingSeries s = FundingSeries.of(t, constant(50, 1e-4), H8, IntervalSource.DECLARED);
    qt().withFixedSeed(SEED).forAll(integers().between(-5, 55), integers().between(0, 30))
        .checkAssert((startIndex, length) -> {
          Instant start = Instant.ofEpochMilli(T0 + startIndex * 8 * H - H);
          Instant end = start.plus(Duration.ofHours(8L * length));
          FundingSeries slice = s.slice(start, end);
          int expected = 0;
          for (long ti : t) {
            if (ti >= start.toEpochMilli() && ti < end.toEpochMilli()) {
              expected++;
            }
          }
          assertEquals(expected, slice.size());
          for (int i = 0; i < slice.size(); i++) {
            assertTrue(!slice.time(i).isBefore(start) && slice.time(i).isBefore(end));
          }
        });
    assertSame(s, s.slice(Instant.MIN, Instant.MAX));
    assertTrue(s.slice(Instant.MAX, Instant.MAX).isEmpty());
    assertThrows(IllegalArgumentException.class,
        () -> s.slice(Instant.ofEpochMilli(T0 + 1), Instant.ofEpochMilli(T0)));
  }

  @Test
  void lawMissingCountEqualsRemovedRows() {
    // Removing k interior rows (not adjacent to the ends) from a regular 8h grid makes exactly
    // k missing settlements, whatever rows they are.
    qt().withFixedSeed(SEED).forAll(integers().between(1, 38), integers().between(1, 10))
        .checkAssert((from, k) -> {
          int to = Math.min(from + k, 39);
          long[] t = without(grid(40, 8 * H), from, to);
          FundingSeries s = FundingSeries.inferred(t, constant(t.length, 0));
          assertEquals(to - from, s.missingSettlementCount());
          assertEquals(Optional.of(H8), s.commonInterval());
        });
  }

  @Test
  void indexAtOrBefore_findsTheLastPointNotLater() {
    FundingSeries s = FundingSeries.of(grid(3, 8 * H), constant(3, 0), H8,
        IntervalSource.DECLARED);
    assertEquals(-1, s.indexAtOrBefore(Instant.ofEpochMilli(T0 - 1)));
    assertEquals(0, s.indexAtOrBefore(Instant.ofEpochMilli(T0)));
    assertEquals(0, s.indexAtOrBefore(Instant.ofEpochMilli(T0 + 8 * H - 1)));
    assertEquals(2, s.indexAtOrBefore(Instant.MAX));
    assertEquals(-1, s.indexAtOrBefore(Instant.MIN));
  }

  @Test
  void builder_infersUnknownIntervalsAndKeepsDeclaredOnes() {
    FundingSeries.Builder b = FundingSeries.builder().venue("bybit").symbol("INJUSDT");
    for (int i = 0; i < 10; i++) {
      b.add(T0 + i * 8 * H, 1e-4);
    }
    b.add(T0 + 80 * H, 2e-4, 8 * H, IntervalSource.DECLARED);
    FundingSeries s = b.build();
    assertEquals(11, s.size());
    assertEquals(IntervalSource.INFERRED, s.intervalSource(0));
    assertEquals(IntervalSource.DECLARED, s.intervalSource(10));
    assertEquals(Set.of(IntervalSource.INFERRED, IntervalSource.DECLARED), s.intervalSources());
    assertEquals("mixed", s.intervalSourceLabel());
    assertEquals(Optional.of(H8), s.commonInterval());
    assertEquals(Optional.of("bybit"), s.venue());
    FundingSeries assumed = FundingSeries.builder().assumeInterval(H4).add(T0, 1e-4).build();
    assertEquals(IntervalSource.ASSUMED, assumed.intervalSource(0));
    assertEquals(H4, assumed.interval(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.builder().add(T0, 0).add(T0, 0));
    assertTrue(e.getMessage().contains("point 1 at 2025-01-01T00:00:00Z duplicates point 0"),
        e.getMessage());
  }

  @Test
  void builderAgreesWithTheInferredFactory() {
    long[] t = without(grid(60, 4 * H), 10, 13);
    double[] v = new double[t.length];
    FundingSeries.Builder b = FundingSeries.builder();
    for (int i = 0; i < t.length; i++) {
      v[i] = (i % 7) * 1e-5;
      b.add(t[i], v[i]);
    }
    assertEquals(FundingSeries.inferred(t, v), b.build());
    assertEquals(FundingSeries.inferred(t, v, IntervalInference.STANDARD),
        FundingSeries.inferred(t, v));
  }

  @Test
  void copiesChangeOnlyWhatTheyName() {
    FundingSeries s = FundingSeries.of(grid(2, H), new double[] {1, 2}, H8,
        IntervalSource.DECLARED);
    FundingSeries p = s.withKind(RateKind.PREDICTED).withVenue("okx").withSymbol("BTC-USDT-SWAP");
    assertEquals(RateKind.PREDICTED, p.kind());
    assertEquals(Optional.of("BTC-USDT-SWAP"), p.symbol());
    assertArrayEquals(s.values(), p.values());
    FundingSeries w = s.withValues(new double[] {3, 4});
    assertArrayEquals(new double[] {3, 4}, w.values());
    assertArrayEquals(s.epochMillis(), w.epochMillis());
    assertThrows(IllegalArgumentException.class, () -> s.withVenue(" "));
    assertThrows(IllegalArgumentException.class, () -> s.withValues(new double[] {1}));
  }

  @Test
  void emptySeries_hasNoTimesAndNoLabels() {
    FundingSeries e = FundingSeries.of(new long[0], new double[0], H8, IntervalSource.DECLARED);
    assertTrue(e.isEmpty());
    assertEquals("none", e.intervalLabel());
    assertEquals(Optional.empty(), e.commonInterval());
    assertEquals(List.of(), e.gaps());
    assertThrows(NoSuchElementException.class, e::firstTime);
    assertThrows(IllegalStateException.class, e::schedule);
    assertEquals("FundingSeries[settled, 0 points]", e.toString());
  }

  @Test
  void toString_summarises() {
    long[] t = without(grid(10, 8 * H), 3, 4);
    FundingSeries s = FundingSeries.inferred(t, constant(t.length, 0)).withVenue("binance-usdm")
        .withSymbol("BTCUSDT");
    assertEquals("FundingSeries[binance-usdm BTCUSDT settled, 9 points, 2025-01-01T00:00:00Z.."
        + "2025-01-04T00:00:00Z, 8h inferred, 1 gap]", s.toString());
  }

  @Test
  void serializationRoundTrips_andRevalidates() throws Exception {
    FundingSeries s = FundingSeries.of(new long[] {T0, T0 + 8 * H}, new double[] {1e-4, -3e-4},
        new long[] {8 * H, 8 * H}, IntervalSource.DECLARED).withVenue("gate").withSymbol("BTC");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(s, in.readObject());
    }
  }

  @Test
  void equalsAndNulls() {
    long[] t = grid(2, 8 * H);
    new EqualsTester()
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.DECLARED),
            FundingSeries.of(t, new double[] {1, 2}, new long[] {8 * H, 8 * H},
                IntervalSource.DECLARED))
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.ASSUMED))
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 3}, H8, IntervalSource.DECLARED))
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 2}, H4, IntervalSource.DECLARED))
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.DECLARED)
            .withVenue("x"))
        .addEqualityGroup(FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.DECLARED)
            .withKind(RateKind.REALIZED))
        .testEquals();
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Duration.class, H8)
        .setDefault(FundingRate.class, FundingRate.of(1e-4, H8))
        .setDefault(IntervalSource.class, IntervalSource.DECLARED)
        .setDefault(IntervalInference.class, IntervalInference.STANDARD);
    npt.testAllPublicStaticMethods(FundingSeries.class);
    npt.testAllPublicInstanceMethods(FundingSeries.of(t, new double[] {1, 2}, H8,
        IntervalSource.DECLARED));
    npt.testAllPublicInstanceMethods(FundingSeries.builder());
    assertFalse(FundingSeries.builder().size() > 0);
  }

  @Test
  void builderWithExpectedSize_sharesFullArrays_yetStaysReusable() {
    long[] t = {0, 8 * H, 16 * H};
    double[] v = {0.0001, 0.0002, 0.0003};
    FundingSeries.Builder b = FundingSeries.builder().expectedSize(3);
    for (int i = 0; i < 3; i++) {
      b.add(t[i], v[i]);
    }
    FundingSeries first = b.build();
    // three points 8 h apart: every interval 8 h, inferred
    assertEquals(FundingSeries.of(t, v, Duration.ofHours(8), IntervalSource.INFERRED), first);
    b.add(24 * H, 0.0004, 4 * H, IntervalSource.DECLARED);
    FundingSeries second = b.build();
    assertEquals(4, second.size());
    assertEquals(IntervalSource.INFERRED, second.intervalSource(2));
    assertEquals(IntervalSource.DECLARED, second.intervalSource(3));
    assertEquals(FundingSeries.of(t, v, Duration.ofHours(8), IntervalSource.INFERRED), first);
    assertThrows(IllegalArgumentException.class, () -> FundingSeries.builder().expectedSize(-1));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void lengthMismatches_areNamedByTheShorterArray() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(grid(2, H), new double[] {0, 0}, new long[] {H},
            IntervalSource.DECLARED));
    assertEquals("intervalMillis must have the length of epochMillis (2), was 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(new Instant[] {Instant.EPOCH, Instant.ofEpochMilli(H)},
            new FundingRate[] {FundingRate.of(1e-4, H8)}, IntervalSource.DECLARED));
    assertEquals("rates must have the length of epochMillis (2), was 1", e.getMessage());
  }

  @Test
  void inferred_checksTheInstantsBeforeInferring() {
    // out of range instants must be reported as such, not as a failed inference
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.inferred(new long[] {-(1L << 62), 0, 8 * H},
            new double[] {0, 0, 0}));
    // the series' own wording, not the inference's ("… epoch milliseconds (exclusive) …")
    assertEquals("epochMillis[0] must be within ±2^62 ms, was " + -(1L << 62), e.getMessage());
  }

  @Test
  void instantRange_isExclusiveAtTwoToTheSixtyTwo() {
    long edge = (1L << 62) - 1;
    FundingSeries s = FundingSeries.of(new long[] {-edge, edge}, new double[] {0, 0}, H8,
        IntervalSource.DECLARED);
    assertEquals(-edge, s.epochMilli(0));
    assertEquals(edge, s.epochMilli(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(new long[] {0, edge + 1}, new double[] {0, 0}, H8,
            IntervalSource.DECLARED));
    assertEquals("epochMillis[1] must be within ±2^62 ms, was " + (edge + 1), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.of(new long[] {-edge - 1, 0}, new double[] {0, 0}, H8,
            IntervalSource.DECLARED));
    assertEquals("epochMillis[0] must be within ±2^62 ms, was " + (-edge - 1), e.getMessage());
    FundingSeries b = FundingSeries.builder().add(-edge, 0, H, IntervalSource.DECLARED)
        .add(edge, 0, H, IntervalSource.DECLARED).build();
    assertEquals(2, b.size());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.builder().add(-edge - 1, 0, H, IntervalSource.DECLARED));
    assertEquals("epochMilli must be within ±2^62 ms, was " + (-edge - 1), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.builder().add(edge + 1, 0, H, IntervalSource.DECLARED));
    assertEquals("epochMilli must be within ±2^62 ms, was " + (edge + 1), e.getMessage());
  }

  @Test
  void largestWholeMillisecondInterval_isAccepted_oneSecondMoreIsNot() {
    // Long.MAX_VALUE / 2000 seconds is the longest interval whose millis still fit twice over.
    long maxSeconds = Long.MAX_VALUE / 2000;
    FundingSeries s = FundingSeries.of(grid(1, H), new double[] {0},
        Duration.ofSeconds(maxSeconds), IntervalSource.DECLARED);
    assertEquals(maxSeconds * 1000, s.intervalMillis(0));
    assertThrows(IllegalArgumentException.class, () -> FundingSeries.of(grid(1, H),
        new double[] {0}, Duration.ofSeconds(maxSeconds + 1), IntervalSource.DECLARED));
  }

  @Test
  void twoPointSeries_hasASpanAndASchedule_oneNeither() {
    FundingSeries two = FundingSeries.of(grid(2, 8 * H), new double[] {0, 0}, H8,
        IntervalSource.DECLARED);
    assertFalse(two.isEmpty());
    assertEquals(H8, two.span());
    assertEquals(Instant.ofEpochMilli(T0 + 8 * H), two.lastTime());
    assertEquals(Instant.ofEpochMilli(T0 + 16 * H),
        two.schedule().nextAfter(Instant.ofEpochMilli(T0 + 8 * H)));
    FundingSeries one = FundingSeries.of(grid(1, 8 * H), new double[] {0}, H8,
        IntervalSource.DECLARED);
    assertEquals(Duration.ZERO, one.span());
    IllegalStateException e = assertThrows(IllegalStateException.class, one::schedule);
    assertEquals("a schedule needs at least 2 settlements, was 1", e.getMessage());
  }

  @Test
  void emptySeries_lastTimeAndSourceLabel() {
    FundingSeries e = FundingSeries.of(new long[0], new double[0], H8, IntervalSource.DECLARED);
    NoSuchElementException x = assertThrows(NoSuchElementException.class, e::lastTime);
    assertEquals("the series is empty", x.getMessage());
    assertEquals("none", e.intervalSourceLabel());
    assertEquals(0, e.toInstants().length);
    assertEquals(0, e.intervalsMillis().length);
  }

  @Test
  void arrayAccessors_returnEveryPoint() {
    FundingSeries s = FundingSeries.of(grid(2, 8 * H), new double[] {1e-4, 2e-4},
        new long[] {8 * H, 4 * H}, IntervalSource.DECLARED);
    assertArrayEquals(new long[] {8 * H, 4 * H}, s.intervalsMillis());
    assertArrayEquals(new Instant[] {Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 8 * H)},
        s.toInstants());
  }

  @Test
  void rescaling_usesTheMillisecondsPastTheSecond_andNormalisesUnderflowToPositiveZero() {
    // 1 h + 1 ms: per hour is v × 3 600 000 / 3 600 001 (hand ratio of the millis)
    FundingSeries odd = FundingSeries.of(grid(1, H), new double[] {1e-4},
        new long[] {H + 1}, IntervalSource.DECLARED);
    assertEquals(1e-4 * 3_600_000.0 / 3_600_001.0, odd.perHour().value(0), 1e-18);
    // the smallest negative double over 8 underflows to -0.0, which is normalised
    FundingSeries tiny = FundingSeries.of(grid(1, H), new double[] {-Double.MIN_VALUE}, H8,
        IntervalSource.DECLARED);
    assertEquals(Double.doubleToRawLongBits(0.0),
        Double.doubleToRawLongBits(tiny.valuesPer(Duration.ofHours(1))[0]));
  }

  @Test
  void sliceStartingExactlyAtTheFirstPoint_keepsIt() {
    FundingSeries s = FundingSeries.of(grid(3, 8 * H), new double[] {1, 2, 3}, H8,
        IntervalSource.DECLARED);
    FundingSeries head = s.slice(Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 16 * H));
    assertEquals(2, head.size());
    assertEquals(1.0, head.value(0));
  }

  @Test
  void missingBefore_oneMinuteGrid_toleratesAQuarterInterval_andChecksItsIndex() {
    // 1 min grid: tolerance min(60 s, 15 s) = 15 s. A gap of 100 s: (100 + 15) / 60 = 1 fit,
    // nothing missing; a 60 s tolerance would make it 2 fits and one missing.
    FundingSeries s = FundingSeries.of(new long[] {0, 100_000}, new double[] {0, 0},
        Duration.ofMinutes(1), IntervalSource.DECLARED);
    assertEquals(0, s.missingBefore(1));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
        () -> s.missingBefore(2));
    assertEquals(IndexOutOfBoundsException.class, e.getClass());
    assertEquals("Index 1 out of bounds for length 1", e.getMessage());
  }

  @Test
  void hashCode_separatesSeriesThatDifferInOneField() {
    long[] t = grid(2, 8 * H);
    FundingSeries base = FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.DECLARED);
    List<FundingSeries> all = List.of(base,
        FundingSeries.of(t, new double[] {1, 2}, H8, IntervalSource.ASSUMED),
        FundingSeries.of(t, new double[] {1, 3}, H8, IntervalSource.DECLARED),
        FundingSeries.of(t, new double[] {1, 2}, H4, IntervalSource.DECLARED),
        FundingSeries.of(grid(2, 4 * H), new double[] {1, 2}, H8, IntervalSource.DECLARED),
        base.withVenue("x"), base.withSymbol("y"), base.withKind(RateKind.REALIZED));
    Set<Integer> hashes = new java.util.HashSet<>();
    for (FundingSeries s : all) {
      hashes.add(s.hashCode());
    }
    assertEquals(all.size(), hashes.size());
  }

  @Test
  void builder_chainsReturnsItselfAndCountsPoints() {
    FundingSeries.Builder b = FundingSeries.builder();
    assertSame(b, b.inference(IntervalInference.STANDARD));
    assertSame(b, b.add(T0, 1e-4));
    assertSame(b, b.add(T0 + 8 * H, 1e-4, 8 * H, IntervalSource.DECLARED));
    assertSame(b, b.add(Instant.ofEpochMilli(T0 + 16 * H), FundingRate.of(-0.0, H8),
        IntervalSource.DECLARED));
    assertSame(b, b.expectedSize(0));
    assertEquals(3, b.size());
    b.add(T0 + 24 * H, -0.0, 8 * H, IntervalSource.DECLARED);
    FundingSeries s = b.build();
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(s.value(2)));
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(s.value(3)));
  }

  @Test
  void builder_rejectsZeroIntervalAndOutOfOrderPoints_sayingWhich() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundingSeries.builder().add(0, 0, 0, IntervalSource.DECLARED));
    assertEquals("intervalMillis must be > 0, was 0 at point 0", e.getMessage());
    FundingSeries.Builder b = FundingSeries.builder().add(0, 0).add(1000, 0);
    e = assertThrows(IllegalArgumentException.class, () -> b.add(1000, 0));
    assertEquals("points must be in strictly increasing time order: point 2 at "
        + "1970-01-01T00:00:01Z duplicates point 1 at 1970-01-01T00:00:01Z", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.add(500, 0));
    assertEquals("points must be in strictly increasing time order: point 2 at "
        + "1970-01-01T00:00:00.500Z is before point 1 at 1970-01-01T00:00:01Z", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.add(2000, Double.NaN));
    assertEquals("value must be finite, was NaN at point 2 (1970-01-01T00:00:02Z)",
        e.getMessage());
  }
}
