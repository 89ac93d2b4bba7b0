package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {

  private static final long PLUS_ZERO = Double.doubleToRawLongBits(0.0);

  @Test
  void exactArithmetic_byHand() {
    assertEquals(0.0075, Decimals.times(0.75, 0.01), 0);
    assertEquals(0.0003, Decimals.scaled(0.0001, 24, 8), 0);
    assertEquals(0.125, Decimals.ratio(1, 8), 0);
  }

  @Test
  void underflowToNegativeZero_isNormalised() {
    // a negative decimal below half of Double.MIN_VALUE converts to -0.0
    assertEquals(PLUS_ZERO, Double.doubleToRawLongBits(Decimals.times(-Double.MIN_VALUE, 0.1)));
    assertEquals(PLUS_ZERO,
        Double.doubleToRawLongBits(Decimals.scaled(-Double.MIN_VALUE, 1, 10)));
    assertEquals(PLUS_ZERO, Double.doubleToRawLongBits(Decimals.ratio(-Double.MIN_VALUE, 10)));
  }
}
