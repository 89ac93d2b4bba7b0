package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnnualizationBasisTest {

  @Test
  void simple_isRateTimesPeriods() {
    // -0.0307 % per 8 h × 1,095 = -33.6165 % a year (the figure venues quote).
    assertEquals(-0.336165, AnnualizationBasis.SIMPLE.annualize(-0.000307, 1095), 1e-15);
  }

  @Test
  void compound_isOnePlusRateToThePeriodsLessOne() {
    // Hyperliquid's 0.00125 %/h: 1.0000125^8760 − 1 = 11.5826... % (its "11.6 % APR").
    assertEquals(Math.pow(1.0000125, 8760) - 1,
        AnnualizationBasis.COMPOUND.annualize(0.0000125, 8760), 1e-11);
    assertEquals(0.1158, AnnualizationBasis.COMPOUND.annualize(0.0000125, 8760), 1e-4);
  }

  @Test
  void zeroAnnualisesToPositiveZero_whateverTheSignOfTheZero() {
    // JUnit compares doubles bit for bit, so -0.0 would fail here: a zero yield prints as 0.
    assertEquals(0.0, AnnualizationBasis.SIMPLE.annualize(-0.0, 1095));
    assertEquals(0.0, AnnualizationBasis.COMPOUND.annualize(-0.0, 1095));
  }

  @Test
  void badInput_namesTheParameter() {
    for (AnnualizationBasis b : AnnualizationBasis.values()) {
      assertEquals("ratePerPeriod must be finite, was NaN", assertThrows(
          IllegalArgumentException.class, () -> b.annualize(Double.NaN, 1095)).getMessage());
      assertEquals("ratePerPeriod must be finite, was Infinity", assertThrows(
          IllegalArgumentException.class,
          () -> b.annualize(Double.POSITIVE_INFINITY, 1095)).getMessage());
      assertThrows(IllegalArgumentException.class, () -> b.annualize(0.001, 0));
      assertThrows(IllegalArgumentException.class, () -> b.annualize(0.001, -1));
    }
    // Compounding a loss of the whole stake (or more) every period has no meaning.
    assertEquals("ratePerPeriod must be > -1 to compound, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> AnnualizationBasis.COMPOUND.annualize(-1, 1)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> AnnualizationBasis.COMPOUND.annualize(-1.5, 1));
    assertEquals(-0.999, AnnualizationBasis.COMPOUND.annualize(-0.999, 1), 1e-15);
  }

  @Test
  void overflow_isBadInputNotInfinity() {
    assertThrows(IllegalArgumentException.class,
        () -> AnnualizationBasis.SIMPLE.annualize(1e307, 1e3));
    assertThrows(IllegalArgumentException.class,
        () -> AnnualizationBasis.COMPOUND.annualize(1, 1e6));
  }
}
