package dev.fundingkit.core.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PremiumIndexTest {

  @Test
  void fromPrices_domainFigure_perp2790_index2800_isMinus0357Percent() {
    assertEquals(-0.00357142857142857, PremiumIndex.fromPrices(2790, 2800), 1e-17);
    assertEquals(0.0, PremiumIndex.fromPrices(100, 100), 0);
  }

  @Test
  void fromImpactPrices_isZeroWhileIndexLiesBetweenImpactPrices() {
    assertEquals(0.0, PremiumIndex.fromImpactPrices(99.9, 100.1, 100), 0);
    // Rich: impact bid above index.
    assertEquals(0.01, PremiumIndex.fromImpactPrices(10_100, 10_110, 10_000), 1e-15);
    // Cheap: impact ask below index.
    assertEquals(-0.002, PremiumIndex.fromImpactPrices(99.7, 99.8, 100), 1e-15);
  }

  @Test
  void negativeZero_isNormalised() {
    assertEquals(0, Double.compare(0.0, PremiumIndex.fromImpactPrices(100, 100, 100)));
  }

  @Test
  void badPrices_areRejectedNamingTheParameterAndValue() {
    assertMessage("perpPrice must be finite, was NaN",
        () -> PremiumIndex.fromPrices(Double.NaN, 1));
    assertMessage("indexPrice must be > 0, was 0.0", () -> PremiumIndex.fromPrices(1, 0));
    assertMessage("indexPrice must be > 0, was -1.0", () -> PremiumIndex.fromPrices(1, -1));
    assertMessage("perpPrice must be finite, was Infinity",
        () -> PremiumIndex.fromPrices(Double.POSITIVE_INFINITY, 1));
    assertMessage("impactBid must be finite, was -Infinity",
        () -> PremiumIndex.fromImpactPrices(Double.NEGATIVE_INFINITY, 1, 1));
    assertMessage("impactAsk must be > 0, was 0.0",
        () -> PremiumIndex.fromImpactPrices(1, 0, 1));
    assertMessage("indexPrice must be finite, was NaN",
        () -> PremiumIndex.fromImpactPrices(1, 1, Double.NaN));
    assertMessage("impactBid must be <= impactAsk 99.0, was 101.0",
        () -> PremiumIndex.fromImpactPrices(101, 99, 100));
  }

  private static void assertMessage(String message, Runnable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call::run).getMessage());
  }

  // ---------------------------------------------------------------- mutation-testing additions

  @Test
  void overflow_namesTheTinyIndexPrice() {
    // (1e300 − 1e-10) / 1e-10 = 1e310 overflows: the culprit is the index price below 1
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PremiumIndex.fromPrices(1e300, 1e-10));
    assertTrue(e.getMessage().contains("indexPrice"), e.getMessage());
    assertTrue(e.getMessage().contains("1.0E-10"), e.getMessage());
  }
}
