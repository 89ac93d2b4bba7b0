package dev.fundingkit.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PremiumBandTest {

  private static final long SEED = 20261122L;

  @Test
  void clamp_domainFigure_minus0357Percent_gives_minus0307Percent() {
    PremiumBand band = PremiumBand.DEFAULT_CLAMP;
    assertEquals(-0.00307, band.raw(-0.00357, 0.0001), 1e-18);
    assertEquals(0.0005, band.term(-0.00357, 0.0001), 0);
    assertEquals(0.0001, band.raw(0.0003, 0.0001), 0);
    assertEquals(-0.0002, band.term(0.0003, 0.0001), 1e-19);
    assertEquals("clamp ±0.05%", band.toString());
  }

  @Test
  void damper_deribitViaMcdexCopy_venuesMd17Example31() {
    // venues.md §17 #31: mark 100.1, index 100, δ 0.05%: premium 0.10% -> F 0.05%.
    PremiumBand damper = PremiumBand.damper(0.0005);
    assertEquals(0.0005, damper.raw(0.001, 0), 1e-18);
    assertEquals(-0.0005, damper.raw(-0.001, 0), 1e-18);
    assertEquals(0.0, damper.raw(0.0004, 0), 0);
    assertEquals(0.0, damper.raw(-0.0005, 0), 0);
    assertEquals(-0.0005, damper.term(0.001, 0), 1e-18);
    assertEquals("damper ±0.05%", damper.toString());
  }

  @Test
  void none_addsTheInterest() {
    assertEquals(0.0011, PremiumBand.NONE.raw(0.001, 0.0001), 1e-18);
    assertEquals(0.0001, PremiumBand.NONE.term(0.001, 0.0001), 0);
  }

  @Test
  void badInput_andEquality() {
    assertEquals("halfWidth must be >= 0, was -1.0E-4", assertThrows(
        IllegalArgumentException.class, () -> PremiumBand.clamp(-0.0001)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> PremiumBand.clamp(Double.NaN));
    assertEquals("delta must be finite, was Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> PremiumBand.damper(Double.POSITIVE_INFINITY)).getMessage());
    new EqualsTester()
        .addEqualityGroup(PremiumBand.clamp(0.0005), PremiumBand.DEFAULT_CLAMP)
        .addEqualityGroup(PremiumBand.damper(0.0005))
        .addEqualityGroup(PremiumBand.damper(0.00025))
        .addEqualityGroup(PremiumBand.NONE)
        .testEquals();
  }

  @Test
  void law_damper_isZeroInsideTheBand_andPremiumMinusDeltaOutside() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(doubles().between(-0.01, 0.01), doubles().between(0, 0.002))
        .check((p, delta) -> {
          double f = PremiumBand.damper(delta).raw(p, 0);
          double expected = Math.max(delta, p) + Math.min(-delta, p);
          return f == expected + 0.0;
        });
  }

  /**
   * A zero raw rate or term is +0 for every band, even from negative-zero inputs (a -0.0 prints
   * as "-0" and compares unequal with Double.compare). The damper's own {@code + 0.0} is an
   * equivalent mutant: its damped part is never -0.0 (a literal 0, or P ∓ δ with P beyond ±δ),
   * so {@code damped + I} is -0.0 for no input.
   */
  @Test
  void zeros_arePositiveZero() {
    assertEquals(0.0, PremiumBand.NONE.raw(-0.0, -0.0));
    assertEquals(0.0, PremiumBand.NONE.term(0.0, -0.0));
    PremiumBand clamp = PremiumBand.clamp(0.0005);
    assertEquals(0.0, clamp.raw(-0.0, -0.0));
    assertEquals(0.0, clamp.term(0.0, -0.0));
    PremiumBand damper = PremiumBand.damper(0.0005);
    assertEquals(0.0, damper.raw(0.0003, -0.0));
    assertEquals(0.0, damper.term(0.0, -0.0));
    // At the damper's edge the damped premium is zero from both sides.
    assertEquals(0.0001, damper.raw(0.0005, 0.0001), 0);
    assertEquals(0.0001, damper.raw(-0.0005, 0.0001), 0);
  }

  @Test
  void noBand_saysSo() {
    assertEquals("no band", PremiumBand.NONE.toString());
  }
}
