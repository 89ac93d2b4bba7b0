package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PiecewiseScheduleTest {

  private static final long SEED = 20261122L;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  /** 8h until 2026-01-02 08:00, then 4h until 2026-01-03 16:00, then 1h. */
  private static PiecewiseSchedule eightFourOne() {
    return PiecewiseSchedule.of(SettlementSchedule.EIGHT_HOURLY)
        .withChange(at("2026-01-02T08:00:00Z"), SettlementSchedule.FOUR_HOURLY)
        .withChange(at("2026-01-03T16:00:00Z"), SettlementSchedule.HOURLY);
  }

  @Test
  void symbolThatMoved8hTo4hTo1h_answersAcrossChanges() {
    PiecewiseSchedule s = eightFourOne();
    assertEquals(at("2026-01-02T08:00:00Z"), s.nextAfter(at("2026-01-02T00:00:00Z")));
    assertEquals(at("2026-01-02T12:00:00Z"), s.nextAfter(at("2026-01-02T08:00:00Z")));
    assertEquals(at("2026-01-03T17:00:00Z"), s.nextAfter(at("2026-01-03T16:00:00Z")));
    assertEquals(Duration.ofHours(1), s.timeUntilNext(at("2026-01-03T16:00:00Z")));
    assertEquals(SettlementSchedule.EIGHT_HOURLY, s.scheduleFor(at("2026-01-02T08:00:00Z")));
    assertEquals(SettlementSchedule.FOUR_HOURLY, s.scheduleFor(at("2026-01-02T12:00:00Z")));
    assertTrue(s.isSettlement(at("2026-01-02T12:00:00Z")));
    assertFalse(s.isSettlement(at("2026-01-01T12:00:00Z")));
    assertEquals(
        List.of(at("2026-01-02T00:00:00Z"), at("2026-01-02T08:00:00Z"),
            at("2026-01-02T12:00:00Z"), at("2026-01-02T16:00:00Z")),
        s.settlementsBetween(at("2026-01-01T16:00:00Z"), at("2026-01-02T16:00:00Z")));
    // 2 (8h: Jan 2 00:00, 08:00) + 8 (4h: Jan 2 12:00 .. Jan 3 16:00) + 8 (1h: 17:00 .. 24:00)
    assertEquals(2 + 8 + 8, s.countBetween(at("2026-01-01T16:00:00Z"),
        at("2026-01-04T00:00:00Z")));
    assertEquals("8h@00:00, then 4h@00:00 after 2026-01-02T08:00:00Z, then 1h@00:00 after "
        + "2026-01-03T16:00:00Z", s.toString());
  }

  @Test
  void revertDecidedOffTheNewGrid_nextSettlementIsTheNewGridsNext() {
    // TREEUSDT: last hourly settlement 14:00, four-hourly from 16:00 (no settlement at 15:00)
    PiecewiseSchedule s = PiecewiseSchedule.of(SettlementSchedule.HOURLY)
        .withChange(at("2025-08-31T14:00:00Z"), SettlementSchedule.FOUR_HOURLY);
    assertEquals(at("2025-08-31T14:00:00Z"), s.nextAfter(at("2025-08-31T13:00:00Z")));
    assertEquals(at("2025-08-31T16:00:00Z"), s.nextAfter(at("2025-08-31T14:00:00Z")));
    assertFalse(s.isSettlement(at("2025-08-31T15:00:00Z")));
    assertEquals(at("2025-08-31T16:00:00Z"), s.atOrAfter(at("2025-08-31T15:00:00Z")));
    assertEquals(at("2025-08-31T14:00:00Z"), s.atOrAfter(at("2025-08-31T14:00:00Z")));
  }

  @Test
  void firstSegmentAnswersForEarlierInstants() {
    PiecewiseSchedule s = PiecewiseSchedule.of(List.of(
        new PiecewiseSchedule.Segment(T0, SettlementSchedule.EIGHT_HOURLY),
        new PiecewiseSchedule.Segment(T0.plus(Duration.ofDays(1)), SettlementSchedule.HOURLY)));
    assertEquals(at("2025-12-31T08:00:00Z"), s.nextAfter(at("2025-12-31T00:00:00Z")));
    assertEquals("8h@00:00 after 2026-01-01T00:00:00Z, then 1h@00:00 after 2026-01-02T00:00:00Z",
        s.toString());
    assertEquals(2, s.segments().size());
  }

  @Test
  void badInput_namesTheValue() {
    assertThrows(IllegalArgumentException.class, () -> PiecewiseSchedule.of(List.of()));
    IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
        () -> eightFourOne().withChange(at("2026-01-03T16:00:00Z"), SettlementSchedule.HOURLY));
    assertEquals("effectiveAfter must be after the last change (2026-01-03T16:00:00Z), was "
        + "2026-01-03T16:00:00Z", back.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PiecewiseSchedule.of(List.of(
        new PiecewiseSchedule.Segment(T0, SettlementSchedule.HOURLY),
        new PiecewiseSchedule.Segment(T0, SettlementSchedule.HOURLY))));
    assertThrows(IllegalArgumentException.class,
        () -> eightFourOne().countBetween(T0, T0.minusSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> eightFourOne().settlementsBetweenMillis(1, 0));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(eightFourOne(), eightFourOne())
        .addEqualityGroup(PiecewiseSchedule.of(SettlementSchedule.EIGHT_HOURLY),
            PiecewiseSchedule.of(List.of(
                new PiecewiseSchedule.Segment(Instant.MIN, SettlementSchedule.EIGHT_HOURLY))))
        .addEqualityGroup(PiecewiseSchedule.of(SettlementSchedule.FOUR_HOURLY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new PiecewiseSchedule.Segment(T0, SettlementSchedule.HOURLY),
            new PiecewiseSchedule.Segment(T0, SettlementSchedule.parse("1h")))
        .addEqualityGroup(new PiecewiseSchedule.Segment(T0, SettlementSchedule.FOUR_HOURLY))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(SettlementSchedule.class, SettlementSchedule.HOURLY)
        .setDefault(Instant.class, T0);
    tester.testAllPublicStaticMethods(PiecewiseSchedule.class);
    tester.testAllPublicInstanceMethods(eightFourOne());
    tester.testAllPublicConstructors(PiecewiseSchedule.Segment.class);
  }

  /** Random schedules changing 0..3 times within a week of T0, at arbitrary instants. */
  static Gen<PiecewiseSchedule> piecewise() {
    return lists().of(SettlementScheduleTest.schedules()).ofSizeBetween(1, 4)
        .zip(lists().of(longs().between(1, 7 * 86_400_000L)).ofSize(3), (ss, offsets) -> {
          List<Long> sorted = new ArrayList<>(offsets);
          sorted.sort(null);
          PiecewiseSchedule p = PiecewiseSchedule.of(ss.get(0));
          long last = Long.MIN_VALUE;
          for (int i = 1; i < ss.size(); i++) {
            long off = sorted.get(i - 1);
            if (off > last) {
              p = p.withChange(T0.plusMillis(off), ss.get(i));
              last = off;
            }
          }
          return p;
        });
  }

  @Test
  void law_windowSettlements_areTheChainOfNextAfter_andAllFormsAgree() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(piecewise(), longs().between(-86_400_000L, 8 * 86_400_000L),
            integers().between(0, 3 * 86_400))
        .check((p, fromOff, spanS) -> {
          Instant from = T0.plusMillis(fromOff);
          Instant to = from.plusSeconds(spanS);
          List<Instant> chain = new ArrayList<>();
          for (Instant t = p.nextAfter(from); !t.isAfter(to); t = p.nextAfter(t)) {
            chain.add(t);
          }
          long[] millis = p.settlementsBetweenMillis(from.toEpochMilli(), to.toEpochMilli());
          long[] chainMillis = chain.stream().mapToLong(Instant::toEpochMilli).toArray();
          boolean allOnGrid = chain.stream().allMatch(p::isSettlement);
          return p.settlementsBetween(from, to).equals(chain)
              && p.countBetween(from, to) == chain.size()
              && java.util.Arrays.equals(millis, chainMillis)
              && allOnGrid;
        });
  }

  @Test
  void law_oneSegment_behavesLikeItsSchedule() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(SettlementScheduleTest.schedules(), SettlementScheduleTest.instants())
        .check((s, t) -> {
          PiecewiseSchedule p = PiecewiseSchedule.of(s);
          Instant to = t.plus(Duration.ofDays(2));
          return p.nextAfter(t).equals(s.nextAfter(t))
              && p.atOrAfter(t).equals(s.atOrAfter(t))
              && p.settlementsBetween(t, to).equals(s.settlementsBetween(t, to));
        });
  }

  @Test
  void millisForm_matchesAtChangeBoundaries() {
    PiecewiseSchedule s = eightFourOne();
    long from = at("2026-01-02T04:00:00Z").toEpochMilli();
    long to = at("2026-01-03T18:00:00Z").toEpochMilli();
    assertArrayEquals(
        s.settlementsBetween(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)).stream()
            .mapToLong(Instant::toEpochMilli).toArray(),
        s.settlementsBetweenMillis(from, to));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void hashCode_separatesSchedules() {
    SettlementSchedule h8 = SettlementSchedule.of(Duration.ofHours(8));
    SettlementSchedule h4 = SettlementSchedule.of(Duration.ofHours(4));
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    List<PiecewiseSchedule> all = List.of(PiecewiseSchedule.of(h8), PiecewiseSchedule.of(h4),
        PiecewiseSchedule.of(h8).withChange(t, h4), PiecewiseSchedule.of(h8).withChange(
            t.plusSeconds(3600), h4));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
