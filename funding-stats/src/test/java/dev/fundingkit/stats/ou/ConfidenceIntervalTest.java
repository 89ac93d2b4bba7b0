package dev.fundingkit.stats.ou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void reciprocal_mapsThetaBoundsToHalfLifeBounds_withZeroAndInfinity() {
    double ln2 = Math.log(2);
    assertEquals(ConfidenceInterval.of(ln2 / 0.02, ln2 / 0.01),
        ConfidenceInterval.of(0.01, 0.02).reciprocal(ln2));
    ConfidenceInterval open = ConfidenceInterval.of(0, 0.02).reciprocal(ln2);
    assertFalse(open.isBounded());
    assertEquals(ln2 / 0.02, open.lower(), 0);
    assertEquals(ConfidenceInterval.of(0, ln2 / 0.01),
        ConfidenceInterval.of(0.01, INF).reciprocal(ln2));
    assertEquals(ConfidenceInterval.of(2, 6), ConfidenceInterval.of(1, 3).scaledBy(2));
  }

  @Test
  void contains_isClosed() {
    ConfidenceInterval ci = ConfidenceInterval.of(1, 2);
    assertTrue(ci.contains(1) && ci.contains(2) && ci.contains(1.5));
    assertFalse(ci.contains(0.999) || ci.contains(2.001) || ci.contains(Double.NaN));
    assertTrue(ConfidenceInterval.of(0, INF).contains(1e300));
  }

  @Test
  void badBounds_areRejectedWithTheValue() {
    assertEquals("lower must be finite and >= 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(-1, 2))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(Double.NaN, 2));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(INF, INF));
    assertEquals("upper must be >= lower (2.0), was 1.0",
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(2, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(1, 2).reciprocal(0));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(1, 2).scaledBy(INF));
  }

  @Test
  void equalsAndHashCode_normaliseNegativeZero() {
    new EqualsTester()
        .addEqualityGroup(ConfidenceInterval.of(0.0, 1), ConfidenceInterval.of(-0.0, 1))
        .addEqualityGroup(ConfidenceInterval.of(0, INF))
        .addEqualityGroup(ConfidenceInterval.of(0.5, 1))
        .testEquals();
  }
}
