package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.formula.MarginRates;
import org.junit.jupiter.api.Test;

class RateChangeLimitTest {

  private static final long SEED = 20261122L;

  @Test
  void bitmex_movesAtMostThreeQuartersOfMaintenancePerInterval() {
    RateChangeLimit limit = RateChangeLimit.bitmex(MarginRates.of(0.01, 0.005));
    assertEquals(0.00375 + 0.0001, limit.apply(0.0001, 0.01), 1e-15);
    assertEquals(0.0001 - 0.00375, limit.apply(0.0001, -0.01), 1e-15);
    assertEquals(0.002, limit.apply(0.0001, 0.002), 0);
  }

  @Test
  void badInput_namesParameterAndValue() {
    assertEquals("maxChange must be > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new RateChangeLimit(0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new RateChangeLimit(0.1).apply(Double.NaN, 0));
    new NullPointerTester().testAllPublicStaticMethods(RateChangeLimit.class);
  }

  @Test
  void equality_byMaxChange() {
    new EqualsTester()
        .addEqualityGroup(new RateChangeLimit(0.001), new RateChangeLimit(0.001))
        .addEqualityGroup(new RateChangeLimit(0.002))
        .testEquals();
  }

  @Test
  void law_limitedRateStaysWithinReachOfThePreviousAndKeepsReachableRates() {
    RateChangeLimit limit = new RateChangeLimit(0.00375);
    qt().withFixedSeed(SEED).forAll(doubles().between(-0.01, 0.01), doubles().between(-0.05, 0.05))
        .check((previous, rate) -> {
          double limited = limit.apply(previous, rate);
          boolean reachable = Math.abs(rate - previous) <= 0.00375;
          return Math.abs(limited - previous) <= 0.00375 + 1e-15
              && (!reachable || limited == rate + 0.0);
        });
  }

  @Test
  void aMinusZeroRate_comesBackAsPositiveZero() {
    // assertEquals on doubles compares bits: within the limit −0.0 is kept, as +0.0.
    assertEquals(0.0, new RateChangeLimit(0.001).apply(0.0, -0.0));
  }
}
