package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MarginRatesTest {

  @Test
  void holdsInitialAndMaintenance() {
    MarginRates btc = MarginRates.of(0.008, 0.004);
    assertEquals(0.008, btc.initial(), 0);
    assertEquals(0.004, btc.maintenance(), 0);
    new EqualsTester()
        .addEqualityGroup(btc, new MarginRates(0.008, 0.004))
        .addEqualityGroup(MarginRates.of(0.01, 0.004))
        .testEquals();
  }

  @Test
  void badInput_isRejected() {
    assertEquals("maintenance must be below initial 0.004, was 0.004",
        assertThrows(IllegalArgumentException.class, () -> MarginRates.of(0.004, 0.004))
            .getMessage());
    assertEquals("initial must be > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> MarginRates.of(0, 0.004))
            .getMessage());
    assertEquals("initial must be in [0.0, 1.0], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> MarginRates.of(1.5, 0.004))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> MarginRates.of(0.01, -0.004));
    assertThrows(IllegalArgumentException.class, () -> MarginRates.of(Double.NaN, 0.004));
    assertThrows(IllegalArgumentException.class,
        () -> MarginRates.of(0.01, Double.POSITIVE_INFINITY));
  }
}
