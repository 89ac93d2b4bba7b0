package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SettlementScheduleTest {

  private static final long SEED = 20261122L;
  private static final long[] DAY_DIVISORS_SECONDS = {
    60, 300, 900, 1800, 3600, 7200, 10800, 14400, 21600, 28800, 43200, 86400
  };
  /** 2019-01-01 .. 2031-01-01 in epoch milliseconds. */
  private static final long FROM_MS = 1_546_300_800_000L;

  private static final long TO_MS = 1_924_992_000_000L;

  static Gen<SettlementSchedule> schedules() {
    return integers().between(0, DAY_DIVISORS_SECONDS.length - 1)
        .zip(integers().between(0, 86_399),
            (i, a) -> SettlementSchedule.of(Duration.ofSeconds(DAY_DIVISORS_SECONDS[i]),
                LocalTime.ofSecondOfDay(a)));
  }

  static Gen<Instant> instants() {
    return longs().between(FROM_MS, TO_MS)
        .zip(integers().between(0, 999_999), (ms, ns) -> Instant.ofEpochMilli(ms).plusNanos(ns));
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void eightHourly_settlesAt00_08_16() {
    SettlementSchedule s = SettlementSchedule.EIGHT_HOURLY;
    assertEquals(at("2025-05-02T08:00:00Z"), s.nextAfter(at("2025-05-02T07:45:00Z")));
    assertEquals(at("2025-05-02T16:00:00Z"), s.nextAfter(at("2025-05-02T08:00:00Z")));
    assertEquals(at("2025-05-02T08:00:00Z"), s.atOrAfter(at("2025-05-02T08:00:00Z")));
    assertEquals(at("2025-05-02T16:00:00Z"), s.atOrAfter(at("2025-05-02T08:00:00.001Z")));
    assertEquals(at("2025-05-02T08:00:00Z"), s.lastAtOrBefore(at("2025-05-02T15:59:59Z")));
    assertEquals(Duration.ofMinutes(15), s.timeUntilNext(at("2025-05-02T07:45:00Z")));
    assertEquals(3, s.settlementsPerDay());
  }

  @Test
  void bitmex_settlesAt04_12_20_andAnchorIsNormalised() {
    SettlementSchedule bitmex = SettlementSchedule.parse("8h@20:00");
    assertEquals(SettlementSchedule.EIGHT_HOURLY_AT_04, bitmex);
    assertEquals(LocalTime.of(4, 0), bitmex.anchor());
    assertEquals("8h@04:00", bitmex.toString());
    assertEquals(
        List.of(at("2025-01-01T04:00:00Z"), at("2025-01-01T12:00:00Z"),
            at("2025-01-01T20:00:00Z")),
        bitmex.settlementsBetween(at("2025-01-01T00:00:00Z"), at("2025-01-02T00:00:00Z")));
  }

  @Test
  void window_isOpenOnTheLeftClosedOnTheRight() {
    SettlementSchedule s = SettlementSchedule.FOUR_HOURLY;
    Instant from = at("2026-01-01T00:00:00Z");
    Instant to = at("2026-01-01T08:00:00Z");
    assertEquals(List.of(at("2026-01-01T04:00:00Z"), to), s.settlementsBetween(from, to));
    assertEquals(2, s.countBetween(from, to));
    assertEquals(0, s.countBetween(from, from));
    assertEquals(List.of(), s.settlementsBetween(from, from));
    assertArrayEquals(new long[] {from.plusSeconds(14_400).toEpochMilli(), to.toEpochMilli()},
        s.settlementsBetweenMillis(from.toEpochMilli(), to.toEpochMilli()));
  }

  @Test
  void parse_acceptsBareIntervalIsoAndSeconds() {
    assertEquals(SettlementSchedule.EIGHT_HOURLY, SettlementSchedule.parse("8h"));
    assertEquals(SettlementSchedule.HOURLY, SettlementSchedule.parse(" PT1H@00:00 "));
    assertEquals(SettlementSchedule.of(Duration.ofDays(1), LocalTime.of(8, 0)),
        SettlementSchedule.parse("1d@08:00"));
    assertEquals("24h@08:00", SettlementSchedule.parse("1d@08:00").toString());
    SettlementSchedule odd = SettlementSchedule.parse("30m@00:15:30");
    assertEquals("30m@00:15:30", odd.toString());
  }

  @Test
  void badInput_namesTheValue() {
    IllegalArgumentException five = assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.of(Duration.ofHours(5)));
    assertEquals("interval must divide a day (24h) into whole seconds, was PT5H",
        five.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.of(Duration.ofHours(48)));
    assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.of(Duration.ofMillis(1500)));
    assertThrows(IllegalArgumentException.class, () -> SettlementSchedule.of(Duration.ZERO));
    IllegalArgumentException anchor = assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.of(Duration.ofHours(8), LocalTime.of(4, 0, 0, 5)));
    assertEquals("anchor must be whole seconds, was 04:00:00.000000005", anchor.getMessage());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.parse("8h@4am"));
    assertEquals("text must look like 8h@04:00, was '8h@4am'", text.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SettlementSchedule.parse("7h@00:00"));
    assertThrows(IllegalArgumentException.class, () -> SettlementSchedule.parse("@00:00"));
    IllegalArgumentException window = assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.HOURLY.countBetween(at("2026-01-02T00:00:00Z"),
            at("2026-01-01T00:00:00Z")));
    assertEquals("to must not be before from (2026-01-02T00:00:00Z), was 2026-01-01T00:00:00Z",
        window.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.HOURLY.settlementsBetweenMillis(10, 9));
  }

  @Test
  void withCopies_changeOnePart() {
    SettlementSchedule s = SettlementSchedule.EIGHT_HOURLY.withAnchor(LocalTime.of(4, 0));
    assertEquals(SettlementSchedule.EIGHT_HOURLY_AT_04, s);
    assertEquals(SettlementSchedule.parse("4h@00:00"), s.withInterval(Duration.ofHours(4)));
    assertEquals(Duration.ofHours(8), s.interval());
  }

  @Test
  void isSettlement_requiresExactGridInstant() {
    SettlementSchedule s = SettlementSchedule.EIGHT_HOURLY;
    assertTrue(s.isSettlement(at("2026-01-01T16:00:00Z")));
    assertFalse(s.isSettlement(at("2026-01-01T16:00:00.003Z")));
    assertFalse(s.isSettlement(at("2026-01-01T12:00:00Z")));
    assertTrue(s.isSettlement(at("1969-12-31T16:00:00Z")));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SettlementSchedule.EIGHT_HOURLY, SettlementSchedule.parse("8h@16:00"),
            SettlementSchedule.of(Duration.ofHours(8)))
        .addEqualityGroup(SettlementSchedule.EIGHT_HOURLY_AT_04)
        .addEqualityGroup(SettlementSchedule.FOUR_HOURLY)
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofHours(8))
        .setDefault(LocalTime.class, LocalTime.MIDNIGHT)
        .testAllPublicStaticMethods(SettlementSchedule.class);
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofHours(8))
        .setDefault(LocalTime.class, LocalTime.MIDNIGHT)
        .testAllPublicInstanceMethods(SettlementSchedule.EIGHT_HOURLY);
  }

  @Test
  void law_nextAfter_isAfterTheInstant_onTheGrid_andWithinOneInterval() {
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(schedules(), instants())
        .check((s, t) -> {
          Instant next = s.nextAfter(t);
          return next.isAfter(t)
              && s.isSettlement(next)
              && Duration.between(t, next).compareTo(s.interval()) <= 0
              && s.timeUntilNext(t).equals(Duration.between(t, next))
              && s.nextAfterMillis(t.toEpochMilli()) == s.nextAfter(
                  Instant.ofEpochMilli(t.toEpochMilli())).toEpochMilli();
        });
  }

  @Test
  void law_atOrAfter_isTheInstantWhenOnTheGrid_elseNextAfter() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(schedules(), instants())
        .check((s, t) -> {
          Instant grid = s.lastAtOrBefore(t);
          return s.atOrAfter(grid).equals(grid)
              && !grid.isAfter(t)
              && s.atOrAfter(t).equals(s.isSettlement(t) ? t : s.nextAfter(t));
        });
  }

  @Test
  void law_settlementsInWindow_areExactlyTheGridPoints_andCountIsFloorArithmetic() {
    qt().withFixedSeed(SEED).withExamples(1500)
        .forAll(schedules(), instants(), longs().between(0, 3 * 86_400_000L))
        .check((s, from, spanMs) -> {
          Instant to = from.plusMillis(spanMs);
          // independent enumeration: step the grid from the last point at or before `from`
          List<Instant> expected = new ArrayList<>();
          for (Instant g = s.lastAtOrBefore(from).plus(s.interval()); !g.isAfter(to);
              g = g.plus(s.interval())) {
            expected.add(g);
          }
          long intervalS = s.interval().getSeconds();
          long anchorS = s.anchor().toSecondOfDay();
          long floorCount = Math.floorDiv(to.getEpochSecond() - anchorS, intervalS)
              - Math.floorDiv(from.getEpochSecond() - anchorS, intervalS);
          long[] millis = s.settlementsBetweenMillis(from.toEpochMilli(), to.toEpochMilli());
          boolean millisAgree = millis.length == s.countBetweenMillis(
              from.toEpochMilli(), to.toEpochMilli());
          for (int i = 0; i < millis.length; i++) {
            Instant m = Instant.ofEpochMilli(millis[i]);
            millisAgree &= s.isSettlement(m) && m.toEpochMilli() > from.toEpochMilli()
                && m.toEpochMilli() <= to.toEpochMilli();
          }
          return s.settlementsBetween(from, to).equals(expected)
              && s.countBetween(from, to) == expected.size()
              && floorCount == expected.size()
              && millisAgree;
        });
  }

  @Test
  void law_parseOfToString_isIdentity() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(schedules())
        .check(s -> SettlementSchedule.parse(s.toString()).equals(s));
  }

  /** Issue 15 item 7: the ends of time are bad input, not DateTimeException/ArithmeticException. */
  @Test
  void endsOfTime_areRejectedAsBadInput() {
    SettlementSchedule s = SettlementSchedule.EIGHT_HOURLY;
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> s.nextAfter(Instant.MAX));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("instant must have"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> s.nextAfterMillis(Long.MAX_VALUE));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.EIGHT_HOURLY_AT_04.lastAtOrBefore(Instant.MIN));
    // Instant.MIN is itself on the 00:00 8h grid (its epoch second is a multiple of 28,800).
    org.junit.jupiter.api.Assertions.assertEquals(Instant.MIN, s.lastAtOrBefore(Instant.MIN));
    // Long.MIN_VALUE ms is a Tuesday-ish instant far in the past: the next 8h grid point after
    // it is found without overflow (oracle: floor to the 8h grid by BigInteger arithmetic).
    long im = 8 * 3_600_000L;
    long expected = java.math.BigInteger.valueOf(Long.MIN_VALUE)
        .subtract(java.math.BigInteger.valueOf(Long.MIN_VALUE).mod(java.math.BigInteger.valueOf(im)))
        .add(java.math.BigInteger.valueOf(im)).longValueExact();
    org.junit.jupiter.api.Assertions.assertEquals(expected, s.nextAfterMillis(Long.MIN_VALUE));
    org.junit.jupiter.api.Assertions.assertEquals(Long.MAX_VALUE - Math.floorMod(Long.MAX_VALUE, im),
        s.nextAfterMillis(Long.MAX_VALUE - Math.floorMod(Long.MAX_VALUE, im) - im));
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void nextAfter_mayLandExactlyOnInstantMax() {
    // Instant.MAX is second 31556889864403199, which is 86399 s (23:59:59) into its day
    long max = Instant.MAX.getEpochSecond();
    SettlementSchedule daily = SettlementSchedule.of(Duration.ofDays(1), LocalTime.of(23, 59, 59));
    assertEquals(Instant.ofEpochSecond(max), daily.nextAfter(Instant.ofEpochSecond(max - 86_400)));
  }

  @Test
  void listSize_acceptsTheLargestArray_andRejectsOneMore() {
    assertEquals(Integer.MAX_VALUE - 8, SettlementSchedule.listSize(Integer.MAX_VALUE - 8L));
    assertThrows(IllegalArgumentException.class,
        () -> SettlementSchedule.listSize(Integer.MAX_VALUE - 7L));
  }

  @Test
  void hashCode_separatesIntervalsAndAnchors() {
    List<SettlementSchedule> all = List.of(SettlementSchedule.of(Duration.ofHours(8)),
        SettlementSchedule.of(Duration.ofHours(4)),
        SettlementSchedule.of(Duration.ofHours(8), LocalTime.of(1, 0)),
        SettlementSchedule.of(Duration.ofHours(4), LocalTime.of(2, 0)));
    assertEquals(all.size(), all.stream().mapToInt(Object::hashCode).distinct().count());
  }
}
