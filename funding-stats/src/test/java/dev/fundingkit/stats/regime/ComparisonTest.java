package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void holds_atTheBoundary_onlyForTheInclusiveOperators() {
    assertFalse(Comparison.BELOW.holds(1, 1));
    assertTrue(Comparison.AT_MOST.holds(1, 1));
    assertFalse(Comparison.ABOVE.holds(1, 1));
    assertTrue(Comparison.AT_LEAST.holds(1, 1));
    assertTrue(Comparison.BELOW.holds(0, 1));
    assertTrue(Comparison.ABOVE.holds(2, 1));
    assertFalse(Comparison.AT_LEAST.holds(Double.NaN, 1));
  }

  @Test
  void symbols_roundTrip() {
    for (Comparison c : Comparison.values()) {
      assertEquals(c, Comparison.ofSymbol(c.symbol()));
    }
    assertEquals("symbol must be one of <, <=, >, >=, was '=='",
        assertThrows(IllegalArgumentException.class, () -> Comparison.ofSymbol("=="))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Comparison.ofSymbol(null));
  }

  @Test
  void atMost_isFalseAboveTheThreshold() {
    assertFalse(Comparison.AT_MOST.holds(2, 1));
    assertFalse(Comparison.AT_LEAST.holds(0, 1));
  }
}
