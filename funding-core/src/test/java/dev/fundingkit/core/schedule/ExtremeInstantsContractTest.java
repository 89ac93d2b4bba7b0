package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 7: the schedule and inference methods at the ends of the time range give a
 * value or an {@link IllegalArgumentException} (or the documented {@link IllegalStateException}
 * of inference), never an arithmetic, date-time or array exception, and never a wrong count
 * from an overflowed subtraction.
 */
class ExtremeInstantsContractTest {

  private static final List<SettlementSchedule> SCHEDULES = List.of(
      SettlementSchedule.EIGHT_HOURLY, SettlementSchedule.EIGHT_HOURLY_AT_04,
      SettlementSchedule.HOURLY, SettlementSchedule.of(Duration.ofHours(4), LocalTime.of(2, 30)));

  private static void valueOrIllegalArgument(String what, Callable<?> call) {
    try {
      call.call();
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(), what);
    } catch (Exception e) {
      fail(what + " threw " + e, e);
    }
  }

  @Test
  void scheduleMethodsAtTheEndsOfTimeGiveAValueOrIllegalArgument() {
    for (SettlementSchedule s : SCHEDULES) {
      for (Instant t : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
        valueOrIllegalArgument(s + " nextAfter " + t, () -> s.nextAfter(t));
        valueOrIllegalArgument(s + " atOrAfter " + t, () -> s.atOrAfter(t));
        valueOrIllegalArgument(s + " lastAtOrBefore " + t, () -> s.lastAtOrBefore(t));
        valueOrIllegalArgument(s + " timeUntilNext " + t, () -> s.timeUntilNext(t));
        valueOrIllegalArgument(s + " isSettlement " + t, () -> s.isSettlement(t));
      }
      for (long m : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0}) {
        valueOrIllegalArgument(s + " nextAfterMillis " + m, () -> s.nextAfterMillis(m));
      }
      valueOrIllegalArgument(s + " countBetween", () -> s.countBetween(Instant.MIN, Instant.MAX));
      valueOrIllegalArgument(s + " settlementsBetween",
          () -> s.settlementsBetween(Instant.MIN, Instant.MAX));
      valueOrIllegalArgument(s + " settlementsBetweenMillis",
          () -> s.settlementsBetweenMillis(Long.MIN_VALUE, Long.MAX_VALUE));
    }
  }

  @Test
  void countOverTheWholeMillisecondRangeIsExact() {
    for (SettlementSchedule s : SCHEDULES) {
      // Oracle in BigInteger: settlements are anchor + k·interval; count those in (MIN, MAX].
      BigInteger im = BigInteger.valueOf(s.interval().toMillis());
      BigInteger am = BigInteger.valueOf(s.anchor().toSecondOfDay() * 1000L);
      BigInteger lo = BigInteger.valueOf(Long.MIN_VALUE).subtract(am);
      BigInteger hi = BigInteger.valueOf(Long.MAX_VALUE).subtract(am);
      BigInteger expected = floorDiv(hi, im).subtract(floorDiv(lo, im));
      assertEquals(expected.longValueExact(),
          s.countBetweenMillis(Long.MIN_VALUE, Long.MAX_VALUE), s.toString());
      long from = Long.MIN_VALUE + 1_000;
      long to = from + 3 * s.interval().toMillis();
      assertEquals(3, s.countBetweenMillis(from, to), s + " near Long.MIN_VALUE");
      assertEquals(3, s.settlementsBetweenMillis(from, to).length, s + " near Long.MIN_VALUE");
    }
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  @Test
  void inferenceAtTheEndsOfTheRangeRejectsOrSaysNoInterval() {
    IntervalInference inference = IntervalInference.STANDARD;
    assertThrows(IllegalArgumentException.class,
        () -> inference.infer(new Instant[] {Instant.MIN, Instant.MAX}));
    assertThrows(IllegalArgumentException.class,
        () -> inference.infer(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}));
    // ±2^62 exactly: their spacing, 2^63, would overflow a long, so the bound is exclusive.
    IllegalArgumentException edge = assertThrows(IllegalArgumentException.class,
        () -> inference.infer(new long[] {-(1L << 62), 1L << 62}));
    assertTrue(edge.getMessage().startsWith("epochMillis[0] must be within ±2^62"),
        edge.getMessage());
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> inference.infer(new long[] {-(1L << 62) + 1, (1L << 62) - 1}));
    assertTrue(!none.getMessage().contains("-9223372036854775808"), none.getMessage());
  }
}
