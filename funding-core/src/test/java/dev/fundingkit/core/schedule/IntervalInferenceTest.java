package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IntervalInferenceTest {

  private static final long SEED = 20261122L;
  private static final long H = 3_600_000L;
  private static final Instant T0 = Instant.parse("2025-08-21T08:00:00Z");
  private static final IntervalInference STD = IntervalInference.STANDARD;

  /** Builds settlement millis from T0 by appending runs of (count, spacing in hours). */
  private static long[] series(long... countAndHours) {
    List<Long> out = new ArrayList<>();
    long t = T0.toEpochMilli();
    out.add(t);
    for (int i = 0; i < countAndHours.length; i += 2) {
      for (long c = 0; c < countAndHours[i]; c++) {
        t += countAndHours[i + 1] * H;
        out.add(t);
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static Duration hours(long h) {
    return Duration.ofHours(h);
  }

  @Test
  void regularEightHourSeries_isOneSegment() {
    InferredSchedule r = STD.infer(series(20, 8));
    assertEquals(0, r.changeCount());
    assertEquals(List.of(new IntervalSegment(T0, T0.plus(hours(160)), hours(8), 21)),
        r.segments());
    assertEquals(PiecewiseSchedule.of(List.of(new PiecewiseSchedule.Segment(
        Instant.parse("2025-08-21T00:00:00Z"), SettlementSchedule.EIGHT_HOURLY))),
        r.toSchedule());
  }

  @Test
  void missingRow_isTwoIntervalsNotAChange() {
    // 8h, 16h (one 8h row missing), 8h...
    InferredSchedule r = STD.infer(series(5, 8, 1, 16, 5, 8));
    assertEquals(0, r.changeCount());
    assertEquals(Duration.ofHours(8), r.intervalEndingAt(6));
    // 4h series with one missing row, as ORDIUSDT on Binance 2026-06-24 04:00
    InferredSchedule four = STD.infer(series(30, 4, 1, 8, 30, 4));
    assertEquals(0, four.changeCount());
    assertEquals(Duration.ofHours(4), four.intervalEndingAt(31));
  }

  @Test
  void eightToFour_isDetectedAtTheFirstFourHourSettlement() {
    InferredSchedule r = STD.infer(series(10, 8, 20, 4));
    assertEquals(1, r.changeCount());
    IntervalSegment four = r.segments().get(1);
    assertEquals(T0.plus(hours(84)), four.start());
    assertEquals(hours(4), four.interval());
    assertEquals(20, four.count());
    assertEquals(hours(8), r.intervalEndingAt(10));
    assertEquals(hours(4), r.intervalEndingAt(11));
  }

  @Test
  void bybitCapSwitchAndRevert_eightToOneToEight_withSixHourTransition() {
    // INJUSDT on Bybit: 8h, -1% at 16:00 -> hourly from 17:00, then 6h to 00:00, then 8h
    InferredSchedule r = STD.infer(series(30, 8, 170, 1, 1, 6, 20, 8));
    assertEquals(List.of(hours(8), hours(1), hours(8)),
        r.segments().stream().map(IntervalSegment::interval).toList());
    assertEquals(T0.plus(hours(241)), r.segments().get(1).start());
    // the 6h transition stays with the hourly segment; 8h starts at the first 8h gap
    assertEquals(T0.plus(hours(240 + 170 + 6 + 8)), r.segments().get(2).start());
    assertEquals(171, r.segments().get(1).count());
    PiecewiseSchedule p = r.toSchedule();
    assertEquals(T0.plus(hours(241)), p.nextAfter(T0.plus(hours(240))));
  }

  @Test
  void coarserChange_needsTheLongerRun() {
    // 1h -> 4h after 7 four-hour gaps: not enough (could be missing rows); 8 or more: a change
    assertEquals(0, STD.infer(series(40, 1, 7, 4, 40, 1)).changeCount());
    InferredSchedule r = STD.infer(series(40, 1, 8, 4));
    assertEquals(1, r.changeCount());
    assertEquals(T0.plus(hours(44)), r.segments().get(1).start());
    assertEquals(0, STD.withMinimumCoarserRun(9).infer(series(40, 1, 8, 4)).changeCount());
  }

  @Test
  void shortBurst_belowMinimumRun_isNotAChange() {
    assertEquals(0, STD.infer(series(20, 8, 2, 1, 20, 8)).changeCount());
    assertEquals(2, STD.withMinimumRun(2).infer(series(20, 8, 2, 1, 20, 8)).changeCount());
  }

  @Test
  void delayedSettlement_staysInItsSegment() {
    // HTX-style: an 8h series with one settlement 3h late (gaps 11h then 5h), one 4h late
    InferredSchedule r = STD.infer(series(10, 8, 1, 11, 1, 5, 10, 8, 1, 12, 1, 4, 10, 8));
    assertEquals(0, r.changeCount());
    assertEquals(hours(8), r.segments().get(0).interval());
  }

  @Test
  void listingStub_firstShortPeriod_isAnOddSettlement() {
    // Bybit TSLAUSDT: listed 12:00, next 16:00, then 8-hourly
    InferredSchedule r = STD.infer(series(1, 4, 40, 8));
    assertEquals(0, r.changeCount());
    assertEquals(hours(8), r.intervalEndingAt(0));
  }

  @Test
  void openingRegimeShorterThanTheFirstGuessWindow_isRelabelled() {
    InferredSchedule r = STD.infer(series(10, 1, 60, 8));
    assertEquals(List.of(hours(1), hours(8)),
        r.segments().stream().map(IntervalSegment::interval).toList());
    assertEquals(11, r.segments().get(0).count());
  }

  @Test
  void jitter_withinTolerance_isIgnored_andAnchorIsRecovered() {
    long[] t = new long[60];
    long base = Instant.parse("2025-01-01T04:00:00Z").toEpochMilli();
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < t.length; i++) {
      t[i] = base + i * 8 * H + rnd.nextLong(0, 15_000); // up to 15 s late
    }
    InferredSchedule r = STD.infer(t);
    assertEquals(0, r.changeCount());
    assertEquals(SettlementSchedule.EIGHT_HOURLY_AT_04,
        r.toSchedule().segments().get(0).schedule());
    assertEquals(1, STD.withTolerance(Duration.ofMillis(10)).withMinimumRun(2)
        .withMinimumCoarserRun(2).infer(new long[] {0, 8 * H, 16 * H + 20}).segments().size());
  }

  @Test
  void instantAndMillisForms_agree() {
    long[] t = series(10, 8, 20, 4, 30, 1);
    Instant[] instants = new Instant[t.length];
    for (int i = 0; i < t.length; i++) {
      instants[i] = Instant.ofEpochMilli(t[i]);
    }
    assertEquals(STD.infer(t), STD.infer(instants));
    long[] labels = STD.infer(t).intervalsMillis();
    assertEquals(8 * H, labels[10]);
    assertEquals(4 * H, labels[11]);
    assertEquals(H, labels[t.length - 1]);
  }

  @Test
  void badInput() {
    IllegalStateException one = assertThrows(IllegalStateException.class,
        () -> STD.infer(new long[] {0}));
    assertEquals("interval inference needs at least 2 settlements, was 1", one.getMessage());
    assertThrows(IllegalStateException.class, () -> STD.infer(new Instant[0]));
    assertThrows(IllegalStateException.class, () -> STD.infer(series(5, 7)));
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new long[] {10, 10}));
    assertEquals("epochMillis must be strictly increasing, but epochMillis[1]=10"
        + " (1970-01-01T00:00:00.010Z) duplicates epochMillis[0]=10 (1970-01-01T00:00:00.010Z)",
        order.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new Instant[] {T0, T0.minusSeconds(1)}));
    assertThrows(IllegalArgumentException.class, () -> STD.withMinimumRun(1));
    IllegalArgumentException coarse = assertThrows(IllegalArgumentException.class,
        () -> STD.withMinimumCoarserRun(2));
    assertEquals("minimumCoarserRun must be >= minimumRun (3), was 2", coarse.getMessage());
    assertThrows(IllegalArgumentException.class, () -> STD.withTolerance(Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> STD.withTolerance(Duration.ofNanos(5)));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(STD, STD.withTolerance(Duration.ofSeconds(60)))
        .addEqualityGroup(STD.withMinimumRun(4))
        .addEqualityGroup(STD.withMinimumCoarserRun(12))
        .addEqualityGroup(STD.withTolerance(Duration.ofSeconds(5)))
        .testEquals();
    assertEquals("IntervalInference[tolerance=PT1M, minimumRun=3, minimumCoarserRun=8]",
        STD.toString());
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofSeconds(5))
        .setDefault(long[].class, series(3, 8))
        .setDefault(Instant[].class, new Instant[] {T0, T0.plus(hours(8))})
        .testAllPublicInstanceMethods(STD);
  }

  // ---- laws ----

  private static final long[] INTERVAL_MINUTES = {30, 60, 120, 240, 480, 720, 1440};

  /** A regular series: (interval minutes, anchor minute of day, size, jitter seed). */
  static Gen<long[]> regularSeries() {
    return integers().between(0, INTERVAL_MINUTES.length - 1)
        .zip(integers().between(0, 1439), integers().between(2, 300),
            longs().between(0, Long.MAX_VALUE), (iv, anchor, n, seed) -> {
              long interval = INTERVAL_MINUTES[iv] * 60_000L;
              long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli()
                  + (anchor * 60_000L) % interval + 40 * interval;
              SplittableRandom rnd = new SplittableRandom(seed);
              long[] t = new long[n + 1];
              t[0] = interval; // carries the interval for the check
              for (int i = 0; i < n; i++) {
                t[i + 1] = start + i * interval + rnd.nextLong(0, 5_000); // up to 5 s late
              }
              return t;
            });
  }

  private static long[] body(long[] withHeader) {
    return java.util.Arrays.copyOfRange(withHeader, 1, withHeader.length);
  }

  @Test
  void law_regularSeries_infersItsInterval_andNoChange() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(regularSeries())
        .check(t -> {
          InferredSchedule r = STD.infer(body(t));
          long[] labels = r.intervalsMillis();
          boolean allLabelled = java.util.Arrays.stream(labels).allMatch(x -> x == t[0]);
          SettlementSchedule grid = r.toSchedule().segments().get(0).schedule();
          return r.changeCount() == 0 && allLabelled
              && grid.interval().toMillis() == t[0]
              && grid.isSettlement(Instant.ofEpochMilli(t[1] / 60_000 * 60_000));
        });
  }

  @Test
  void law_randomDeletions_keepTheInterval_andNoChange() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(regularSeries(), doubles().between(0.0, 0.2), longs().all())
        .check((t, p, seed) -> {
          long[] full = body(t);
          SplittableRandom rnd = new SplittableRandom(seed);
          long[] kept = java.util.Arrays.stream(full)
              .filter(x -> x == full[0] || x == full[full.length - 1] || rnd.nextDouble() >= p)
              .toArray();
          InferredSchedule r = STD.infer(kept);
          return r.changeCount() == 0
              && java.util.Arrays.stream(r.intervalsMillis()).allMatch(x -> x == t[0]);
        });
  }

  private static long[] twoRegimes(long i1, int n1, long i2, int n2) {
    long[] t = new long[n1 + n2 + 1];
    for (int i = 1; i < t.length; i++) {
      t[i] = t[i - 1] + (i <= n1 ? i1 : i2);
    }
    return t;
  }

  @Test
  void law_aGenuineChange_isFoundAtItsFirstSettlement() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(integers().between(0, INTERVAL_MINUTES.length - 1),
            integers().between(0, INTERVAL_MINUTES.length - 1),
            integers().between(8, 60), integers().between(8, 60))
        .assuming((a, b, n1, n2) -> !a.equals(b))
        .check((a, b, n1, n2) -> {
          long i1 = INTERVAL_MINUTES[a] * 60_000L;
          long i2 = INTERVAL_MINUTES[b] * 60_000L;
          long[] t = twoRegimes(i1, n1, i2, n2);
          List<IntervalSegment> segs = STD.infer(t).segments();
          return segs.size() == 2 && segs.get(0).interval().toMillis() == i1
              && segs.get(1).interval().toMillis() == i2
              && segs.get(1).start().toEpochMilli() == t[n1 + 1]
              && segs.get(0).count() == n1 + 1 && segs.get(1).count() == n2;
        });
  }

  @Test
  void law_aShortOpeningRegime_neverSplitsTheLongOne() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(integers().between(0, INTERVAL_MINUTES.length - 1),
            integers().between(0, INTERVAL_MINUTES.length - 1),
            integers().between(1, 7), integers().between(40, 80))
        .assuming((a, b, n1, n2) -> !a.equals(b))
        .check((a, b, n1, n2) -> {
          long i2 = INTERVAL_MINUTES[b] * 60_000L;
          InferredSchedule r = STD.infer(twoRegimes(INTERVAL_MINUTES[a] * 60_000L, n1, i2, n2));
          List<IntervalSegment> segs = r.segments();
          IntervalSegment last = segs.get(segs.size() - 1);
          return segs.size() <= 2 && last.interval().toMillis() == i2
              && last.count() >= n2;
        });
  }

  @Test
  void anchor_ofMultiDaySeries_isTheGridOffset() {
    long[] t = new long[10];
    long base = Instant.parse("2024-03-01T08:00:00Z").toEpochMilli();
    for (int i = 0; i < t.length; i++) {
      t[i] = base + i * 24 * H;
    }
    assertEquals(SettlementSchedule.of(Duration.ofDays(1), LocalTime.of(8, 0)),
        STD.infer(t).toSchedule().segments().get(0).schedule());
    assertArrayEquals(new long[] {24 * H, 24 * H}, STD.infer(new long[] {0, 24 * H})
        .intervalsMillis());
  }

  /** Issue 15 item 7: instants beyond the millisecond range are bad input, not overflow. */
  @Test
  void instantsBeyondTheMillisecondRange_areBadInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new Instant[] {Instant.MIN, Instant.MAX}));
    org.junit.jupiter.api.Assertions.assertEquals("settlements[0] must be within the "
        + "epoch-millisecond range, was " + Instant.MIN, e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().startsWith("epochMillis[0] must be within ±2^62"), e.getMessage());
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void standardSettings_areReadBack() {
    assertEquals(Duration.ofMinutes(1), STD.tolerance());
    assertEquals(3, STD.minimumRun());
    assertEquals(8, STD.minimumCoarserRun());
  }

  @Test
  void range_isExclusiveAtTwoToTheSixtyTwo_atBothEnds() {
    long edge = (1L << 62) - 1;
    long h8 = 8 * H;
    InferredSchedule ok = STD.infer(new long[] {edge - 2 * h8, edge - h8, edge});
    assertArrayEquals(new long[] {h8, h8, h8}, ok.intervalsMillis());
    ok = STD.infer(new long[] {-edge, -edge + h8, -edge + 2 * h8});
    assertArrayEquals(new long[] {h8, h8, h8}, ok.intervalsMillis());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new long[] {edge + 1 - 2 * h8, edge + 1 - h8, edge + 1}));
    assertEquals("epochMillis[2] must be within ±2^62 epoch milliseconds (exclusive), was "
        + (edge + 1), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> STD.infer(new long[] {-edge - 1, -edge - 1 + h8, -edge - 1 + 2 * h8}));
    assertEquals("epochMillis[0] must be within ±2^62 epoch milliseconds (exclusive), was "
        + (-edge - 1), e.getMessage());
  }

  @Test
  void tenSegments_growTheSegmentTables() {
    // 40 gaps of 8 h, then nine runs of 4 gaps alternating 3 h and 8 h: ten segments, each
    // point's interval being the gap before it (the first point's, the 8 h it opens)
    long[] t = series(40, 8, 4, 3, 4, 8, 4, 3, 4, 8, 4, 3, 4, 8, 4, 3, 4, 8, 4, 3);
    long[] expected = new long[t.length];
    expected[0] = 8 * H;
    for (int i = 1; i < t.length; i++) {
      expected[i] = t[i] - t[i - 1];
    }
    InferredSchedule s = STD.infer(t);
    assertEquals(9, s.changeCount());
    assertArrayEquals(expected, s.intervalsMillis());
  }

  @Test
  void shortBurstAtTheEnd_endsTheRunWithoutAChange() {
    // two 3 h gaps (finer, unexplained) and two 16 h gaps (coarser) as the last rows: each
    // run stops at the last settlement, short of its minimum
    InferredSchedule finer = STD.infer(series(10, 8, 2, 3));
    assertEquals(0, finer.changeCount());
    InferredSchedule coarser = STD.infer(series(10, 8, 2, 16));
    assertEquals(0, coarser.changeCount());
  }

  @Test
  void mostFrequent_countsEqualValuesWherever_andBreaksTiesTowardsTheSmallest() {
    // 1 three times, 3 twice: 1, though the only adjacent pair is of 3s
    assertEquals(1, IntervalInference.mostFrequent(new long[] {1, 2, 1, 2, 1, 3, 3}, 7));
    assertEquals(1, IntervalInference.mostFrequent(new long[] {2, 2, 1, 1}, 4));
    // each later, larger group must beat the count of the best so far, not its end index
    assertEquals(3, IntervalInference.mostFrequent(new long[] {1, 2, 2, 3, 3, 3}, 6));
  }

  @Test
  void candidates_smallestIsExact_nearestWinsTies_toleranceIsInclusive() {
    long m = 60_000L;
    // five minutes is the smallest whole-minute divisor of a day above 4 × 1 min
    InferredSchedule five = STD.infer(new long[] {0, 5 * m, 10 * m, 15 * m});
    assertArrayEquals(new long[] {5 * m, 5 * m, 5 * m, 5 * m}, five.intervalsMillis());
    // 46.5 min lies 1.5 min from both 45 and 48 min (divisors of 1440): the first, 45, wins
    IntervalInference wide = STD.withTolerance(Duration.ofMinutes(10));
    long g = 46 * m + 30_000;
    assertArrayEquals(new long[] {45 * m, 45 * m, 45 * m},
        wide.infer(new long[] {0, g, 2 * g}).intervalsMillis());
    // 8 h + exactly the 1 min tolerance still reads as 8 h
    long late = 8 * H + m;
    assertArrayEquals(new long[] {8 * H, 8 * H, 8 * H},
        STD.infer(new long[] {0, late, 2 * late}).intervalsMillis());
  }

  @Test
  void hashCode_separatesSettings() {
    List<IntervalInference> all = List.of(STD, STD.withTolerance(Duration.ofMinutes(2)),
        STD.withMinimumRun(4), STD.withMinimumCoarserRun(9));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }

  @Test
  void noUsableGap_isReportedWithTheFirstGap() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> STD.infer(new long[] {1000, 1000 + 7 * H}));
    // 7 h does not divide a day
    assertEquals("no gap between settlements is within PT1M of a funding interval (a "
        + "whole-minute divisor of a day from PT5M, more than 4 times the tolerance); "
        + "first gap was 25200000ms", e.getMessage());
  }

  @Test
  void oneMinuteSpacing_underAOneMinuteTolerance_saysWhereTheCandidatesStart() {
    // 1 min divides a day, but with a 1 min tolerance the candidates start above 4 min, so
    // the message must say so rather than claim 1 min is no divisor.
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> STD.infer(new long[] {0, 60_000, 120_000, 180_000}));
    assertTrue(e.getMessage().contains("from PT5M, more than 4 times the tolerance"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("first gap was 60000ms"), e.getMessage());
    // a 10 s tolerance admits 1 min (> 40 s): the same data is then read as 1-minute funding
    assertArrayEquals(new long[] {60_000, 60_000, 60_000, 60_000},
        STD.withTolerance(Duration.ofSeconds(10))
            .infer(new long[] {0, 60_000, 120_000, 180_000}).intervalsMillis());
  }
}
