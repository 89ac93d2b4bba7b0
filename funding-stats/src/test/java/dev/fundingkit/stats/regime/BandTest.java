package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class BandTest {

  @Test
  void bandsAreClosed_andMayBeUnbounded() {
    assertTrue(Band.between(-1, 1).contains(-1));
    assertTrue(Band.between(-1, 1).contains(1));
    assertFalse(Band.between(-1, 1).contains(1.0000001));
    assertTrue(Band.atMost(0).contains(-1e300));
    assertTrue(Band.atLeast(0).contains(0));
    assertTrue(Band.any().contains(Double.MAX_VALUE));
    assertFalse(Band.any().contains(Double.NaN));
    assertTrue(Band.any().isAny());
    assertFalse(Band.atLeast(0).isAny());
  }

  @Test
  void toString_readsLikeTheRule() {
    assertEquals("any", Band.any().toString());
    assertEquals("<= -5.0E-4", Band.atMost(-0.0005).toString());
    assertEquals(">= 0.05", Band.atLeast(0.05).toString());
    assertEquals("[1.0, 7.0]", Band.between(1, 7).toString());
  }

  @Test
  void badInput() {
    assertEquals("high must be >= low 1.0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Band.between(1, 0)).getMessage());
    assertEquals("low must be a number or -Infinity, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Band.between(Double.NaN, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Band.atLeast(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Band.atMost(Double.NEGATIVE_INFINITY));
  }

  @Test
  void equals_normalisesNegativeZero() {
    new EqualsTester()
        .addEqualityGroup(Band.between(-0.0, 1), Band.between(0, 1))
        .addEqualityGroup(Band.any(), new Band(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
        .testEquals();
  }

  @Test
  void aBandOfOneValue_isAllowed_andNegativeZeroEndsAreNormalised() {
    Band one = Band.between(-0.0, -0.0);
    assertEquals(0.0, one.low());
    assertEquals(0.0, one.high());
    assertTrue(one.contains(0.0));
  }
}
