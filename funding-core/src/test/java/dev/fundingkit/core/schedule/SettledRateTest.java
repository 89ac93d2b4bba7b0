package dev.fundingkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettledRateTest {

  private static final Instant T = Instant.parse("2025-05-06T08:00:00Z");

  @Test
  void atLimit_meansEqualOrBeyond() {
    assertTrue(SettledRate.of(T, -0.003, 0.003).atLimit());
    assertTrue(SettledRate.of(T, 0.003, 0.003).atLimit());
    assertTrue(new SettledRate(T, 0.0031, 0.003, -0.002).atLimit());
    assertFalse(SettledRate.of(T, -0.0025, 0.003).atLimit());
    assertTrue(new SettledRate(T, -0.002, 0.003, -0.002).atLimit());
  }

  @Test
  void validation_namesTheValue() {
    assertEquals("rate must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> SettledRate.of(T, Double.NaN, 0.003)).getMessage());
    assertEquals("limit must be > 0, was 0.0", assertThrows(IllegalArgumentException.class,
        () -> SettledRate.of(T, 0, 0)).getMessage());
    assertEquals("floor must be below cap (0.001), was 0.001", assertThrows(
        IllegalArgumentException.class, () -> new SettledRate(T, 0, 0.001, 0.001)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SettledRate(T, 0, Double.POSITIVE_INFINITY, 0));
  }

  @Test
  void negativeZero_isNormalised_andEquality() {
    assertEquals(0, Double.compare(0.0, SettledRate.of(T, -0.0, 0.01).rate()));
    new EqualsTester()
        .addEqualityGroup(SettledRate.of(T, -0.0, 0.01), new SettledRate(T, 0.0, 0.01, -0.01))
        .addEqualityGroup(SettledRate.of(T, 0.001, 0.01))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().setDefault(Instant.class, T).setDefault(double.class, 0.01)
        .testAllPublicStaticMethods(SettledRate.class);
  }
}
