package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalScalingTest {

  private static final Duration H1 = Duration.ofHours(1);
  private static final Duration H4 = Duration.ofHours(4);
  private static final Duration H8 = Duration.ofHours(8);

  @Test
  void per8h_dividesByEightOverN() {
    assertEquals(1.0, IntervalScaling.PER_8H.factor(H8), 0);
    assertEquals(0.5, IntervalScaling.PER_8H.factor(H4), 0);
    assertEquals(0.125, IntervalScaling.PER_8H.factor(H1), 0);
    assertEquals(-0.001535, IntervalScaling.PER_8H.scale(-0.00307, H4), 0);
    assertEquals(IntervalScaling.PER_8H, IntervalScaling.proportional(H8));
  }

  @Test
  void fixedDivisors_ignoreTheInterval() {
    // venues.md §17 #40: Hyperliquid calm hour 0.0001 / 8 = 0.0000125.
    assertEquals(0.0000125, IntervalScaling.ONE_EIGHTH.scale(0.0001, H1), 0);
    assertEquals(0.0001 / 24, IntervalScaling.ONE_TWENTY_FOURTH.scale(0.0001, H1), 0);
    assertEquals(0.0001, IntervalScaling.NONE.scale(0.0001, H4), 0);
    assertEquals(IntervalScaling.NONE, IntervalScaling.divideBy(1));
    assertEquals("÷8", IntervalScaling.ONE_EIGHTH.toString());
    assertEquals("÷(8h/N)", IntervalScaling.PER_8H.toString());
    assertEquals("no scaling", IntervalScaling.NONE.toString());
  }

  @Test
  void badInput_andEquality() {
    assertEquals("divisor must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> IntervalScaling.divideBy(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> IntervalScaling.divideBy(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> IntervalScaling.proportional(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> IntervalScaling.ONE_EIGHTH.scale(1, Duration.ZERO));
    new NullPointerTester().testAllPublicStaticMethods(IntervalScaling.class);
    new NullPointerTester().testAllPublicInstanceMethods(IntervalScaling.PER_8H);
    new NullPointerTester().testAllPublicInstanceMethods(IntervalScaling.ONE_EIGHTH);
    new EqualsTester()
        .addEqualityGroup(IntervalScaling.PER_8H, IntervalScaling.proportional(H8))
        .addEqualityGroup(IntervalScaling.proportional(Duration.ofDays(1)))
        .addEqualityGroup(IntervalScaling.ONE_EIGHTH, IntervalScaling.divideBy(8))
        .addEqualityGroup(IntervalScaling.NONE)
        .testEquals();
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void divisorFactor_andZeroResults() {
    assertEquals(0.125, IntervalScaling.ONE_EIGHTH.factor(Duration.ofHours(1)), 0);
    long plusZero = Double.doubleToRawLongBits(0.0);
    assertEquals(plusZero, Double.doubleToRawLongBits(
        IntervalScaling.ONE_EIGHTH.scale(-0.0, Duration.ofHours(1))));
    assertEquals(plusZero, Double.doubleToRawLongBits(
        IntervalScaling.PER_8H.scale(-0.0, Duration.ofHours(1))));
  }

  @Test
  void parse_rejectsAnUnknownForm_sayingTheForms() {
    assertEquals("scaling must look like 'no scaling', '÷8' or '÷(8h/N)', was 'halve'",
        assertThrows(IllegalArgumentException.class, () -> IntervalScaling.parse("halve"))
            .getMessage());
  }
}
