package dev.fundingkit.stats.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BorrowScheduleTest {

  private static final long DAY = 86_400_000L;

  @Test
  void accrued_integratesTheStepsOverA365DayYear() {
    // 7.3% a year for 10 days: 0.073 × 10/365 = 0.002
    assertEquals(0.002, BorrowSchedule.constant(0.073).accrued(0, 10 * DAY), 1e-15);
    // 3.65% until day 5, then 7.3%: days 2–8 are 3 × 0.0001 + 3 × 0.0002 = 0.0009
    BorrowSchedule steps = BorrowSchedule.of(new long[] {0, 5 * DAY},
        new double[] {0.0365, 0.073});
    assertEquals(0.0009, steps.accrued(2 * DAY, 8 * DAY), 1e-15);
    assertEquals(0.073, steps.annualRateAt(Instant.ofEpochMilli(6 * DAY)), 0);
    // the first rate also applies before its instant
    assertEquals(0.0365, steps.annualRateAt(Instant.ofEpochMilli(-DAY)), 0);
    assertEquals(0.0, steps.accrued(DAY, DAY), 0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("annualRate must be >= 0, was -0.1", assertThrows(
        IllegalArgumentException.class, () -> BorrowSchedule.constant(-0.1)).getMessage());
    assertEquals("annualRates[1] must be >= 0, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> BorrowSchedule.of(new long[] {0, 1}, new double[] {0, -1})).getMessage());
    assertEquals("annualRates must have length 0 (at least 1), was 0", assertThrows(
        IllegalArgumentException.class,
        () -> BorrowSchedule.of(new long[0], new double[0])).getMessage());
    assertEquals("endMs must not be before startMs 5, was 4", assertThrows(
        IllegalArgumentException.class,
        () -> BorrowSchedule.constant(0).accrued(5, 4)).getMessage());
  }

  @Test
  void serialization_roundTripsFeesAndSchedules() throws Exception {
    BorrowSchedule steps = BorrowSchedule.of(new long[] {0, 5 * DAY},
        new double[] {0.0365, 0.073});
    assertEquals(steps, roundTrip(steps));
    assertEquals(CarryFees.perFill(0.0005), roundTrip(CarryFees.perFill(0.0005)));
  }

  private static Object roundTrip(Object value) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void nullsAndEquality() {
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, Instant.EPOCH);
    npt.testAllPublicStaticMethods(BorrowSchedule.class);
    npt.testAllPublicInstanceMethods(BorrowSchedule.constant(0.08));
    new EqualsTester()
        .addEqualityGroup(BorrowSchedule.constant(0.08),
            BorrowSchedule.of(new long[] {0}, new double[] {0.08}))
        .addEqualityGroup(BorrowSchedule.constant(0.09))
        .addEqualityGroup(BorrowSchedule.of(new long[] {0, 1}, new double[] {0.08, 0.08}))
        .testEquals();
    assertEquals("BorrowSchedule[0.08 from 1970-01-01T00:00:00Z]",
        BorrowSchedule.constant(0.08).toString());
  }

  @Test
  void hashCode_tellsRatesAndTimesApart() {
    BorrowSchedule base = BorrowSchedule.of(new long[] {0}, new double[] {0.08});
    assertNotEquals(base.hashCode(), BorrowSchedule.constant(0.09).hashCode());
    assertNotEquals(base.hashCode(),
        BorrowSchedule.of(new long[] {5 * DAY}, new double[] {0.08}).hashCode());
  }
}
