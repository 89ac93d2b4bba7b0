package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferredScheduleTest {

  private static final long H = 3_600_000L;
  private static final long T0 = Instant.parse("2026-01-01T04:00:00.007Z").toEpochMilli();

  /** 10 settlements 8h apart (jittered), then 5 hourly, then 10 four-hourly. */
  private static long[] eightOneFour() {
    long[] t = new long[10 + 5 + 10];
    for (int i = 0; i < t.length; i++) {
      long step = i < 10 ? i * 8 * H : i < 15 ? 72 * H + (i - 9) * H : 77 * H + (i - 14) * 4 * H;
      t[i] = T0 + step + (i % 3) * 4; // a few ms of jitter, as Binance stamps
    }
    return t;
  }

  @Test
  void shortOpeningCoarserRegime_readsAsMissingRows() {
    // 3 gaps of 8h opening a 4h-majority series: below minimumCoarserRun, so they read as
    // 4h periods with rows missing; the hourly burst and the 4h run are still found
    long[] t = java.util.Arrays.copyOfRange(eightOneFour(), 6, 25);
    InferredSchedule r = IntervalInference.STANDARD.infer(t);
    assertEquals(List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(4)),
        r.segments().stream().map(IntervalSegment::interval).toList());
    assertEquals(4, r.segments().get(0).count());
  }

  @Test
  void segmentsLabelsAndSchedule() {
    InferredSchedule r = IntervalInference.STANDARD.infer(eightOneFour());
    assertEquals(25, r.size());
    assertEquals(2, r.changeCount());
    List<IntervalSegment> segs = r.segments();
    assertEquals(Duration.ofHours(8), segs.get(0).interval());
    assertEquals(10, segs.get(0).count());
    assertEquals(Instant.ofEpochMilli(T0 + 73 * H + 4), segs.get(1).start());
    assertEquals(Duration.ofHours(4), segs.get(2).interval());
    assertEquals(Duration.ofHours(1), r.intervalEndingAt(10));
    long[] labels = r.intervalsMillis();
    assertArrayEquals(new long[] {8 * H, 8 * H, H, H, H, H, H, 4 * H},
        java.util.Arrays.copyOfRange(labels, 8, 16));
    PiecewiseSchedule p = r.toSchedule();
    assertEquals(List.of(
        new PiecewiseSchedule.Segment(Instant.parse("2025-12-31T20:00:00Z"),
            SettlementSchedule.of(Duration.ofHours(8), LocalTime.of(4, 0))),
        new PiecewiseSchedule.Segment(Instant.parse("2026-01-04T04:00:00Z"),
            SettlementSchedule.HOURLY),
        new PiecewiseSchedule.Segment(Instant.parse("2026-01-04T09:00:00Z"),
            SettlementSchedule.parse("4h@01:00"))), p.segments());
    assertEquals(Instant.parse("2026-01-04T13:00:00Z"),
        p.nextAfter(Instant.parse("2026-01-04T09:00:00Z")));
    assertEquals("InferredSchedule[25 settlements, 8h from 2026-01-01T04:00:00.007Z (10), 1h from "
        + "2026-01-04T05:00:00.011Z (5), 4h from 2026-01-04T13:00:00.007Z (10)]", r.toString());
  }

  @Test
  void index_outOfRange_isRejected() {
    InferredSchedule r = IntervalInference.STANDARD.infer(eightOneFour());
    assertThrows(IndexOutOfBoundsException.class, () -> r.intervalEndingAt(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> r.intervalEndingAt(25));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(IntervalInference.STANDARD.infer(eightOneFour()),
            IntervalInference.STANDARD.infer(eightOneFour()))
        .addEqualityGroup(IntervalInference.STANDARD.infer(new long[] {0, H}))
        .testEquals();
  }

  @Test
  void fromIntervals_equalsTheInferenceOnTheSameLabels() {
    long h = 3_600_000L;
    long t0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    long[] t = new long[30];
    for (int i = 0; i < 30; i++) {
      t[i] = i < 15 ? t0 + i * 8 * h : t0 + 14 * 8 * h + (i - 14) * h;
    }
    InferredSchedule inferred = IntervalInference.STANDARD.infer(t);
    InferredSchedule declared = InferredSchedule.fromIntervals(t, inferred.intervalsMillis());
    assertEquals(inferred, declared);
    assertEquals(inferred.toSchedule(), declared.toSchedule());
    assertEquals(2, declared.segments().size());
    assertThrows(IllegalArgumentException.class,
        () -> InferredSchedule.fromIntervals(new long[] {t0}, new long[] {h}));
    assertThrows(IllegalArgumentException.class,
        () -> InferredSchedule.fromIntervals(new long[] {t0, t0 + h}, new long[] {h, 0}));
    assertThrows(IllegalArgumentException.class,
        () -> InferredSchedule.fromIntervals(new long[] {t0, t0 + h}, new long[] {h}));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void twoSettlements_areEnough_andBothSetTheAnchor() {
    long h = 3_600_000L;
    // both settlements one hour past an 8 h grid line: the grid is anchored at 01:00
    InferredSchedule s = InferredSchedule.fromIntervals(new long[] {h, 9 * h},
        new long[] {8 * h, 8 * h});
    assertEquals(Instant.ofEpochMilli(17 * h),
        s.toSchedule().nextAfter(Instant.ofEpochMilli(9 * h)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InferredSchedule.fromIntervals(new long[] {h}, new long[] {8 * h}));
    assertEquals("epochMillis must hold at least 2 settlements, was 1", e.getMessage());
  }

  @Test
  void hashCode_separatesSchedules() {
    long h = 3_600_000L;
    List<InferredSchedule> all = List.of(
        InferredSchedule.fromIntervals(new long[] {0, 8 * h, 16 * h}, new long[] {8 * h, 8 * h, 8 * h}),
        InferredSchedule.fromIntervals(new long[] {0, 8 * h, 12 * h}, new long[] {8 * h, 8 * h, 4 * h}),
        InferredSchedule.fromIntervals(new long[] {0, 8 * h, 16 * h}, new long[] {8 * h, 8 * h, 4 * h}),
        InferredSchedule.fromIntervals(new long[] {h, 9 * h, 17 * h}, new long[] {8 * h, 8 * h, 8 * h}));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
