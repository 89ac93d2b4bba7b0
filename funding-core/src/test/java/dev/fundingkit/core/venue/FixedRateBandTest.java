package dev.fundingkit.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FixedRateBandTest {

  private static final FixedRateBand BAND = FixedRateBand.INSTANCE;

  @Test
  void raw_isTheInterest_whateverThePremium() {
    // Binance pre-market: 0.005% per 4 h is charged however far the premium runs.
    assertEquals(0.00005, BAND.raw(0.02, 0.00005), 0);
    assertEquals(0.00005, BAND.raw(-0.02, 0.00005), 0);
    // assertEquals on doubles compares bits: an interest of -0.0 comes back as +0.0.
    assertEquals(0.0, BAND.raw(0.001, -0.0));
  }

  @Test
  void term_isWhatTheBandAddsToThePremium_soThatPremiumPlusTermIsTheInterest() {
    // I − P: 0.00005 − 0.0002 = −0.00015, so that P + term = I.
    assertEquals(-0.00015, BAND.term(0.0002, 0.00005), 1e-18);
    assertEquals(0.0003, BAND.term(-0.0002, 0.0001), 1e-18);
    // 0 − 0 is +0.0; -0.0 − 0.0 would be -0.0 without the "+ 0.0".
    assertEquals(0.0, BAND.term(0.0, -0.0));
  }

  @Test
  void badInput_namesTheParameter() {
    assertEquals("premium must be finite, was NaN", assertThrows(
        IllegalArgumentException.class, () -> BAND.raw(Double.NaN, 0)).getMessage());
    assertEquals("interest must be finite, was Infinity", assertThrows(
        IllegalArgumentException.class,
        () -> BAND.term(0, Double.POSITIVE_INFINITY)).getMessage());
  }

  @Test
  void toString_isTheRulesFileText() {
    // The rules file names the band by this text (FundingRuleVersion.Builder.set "band").
    assertEquals("fixed rate, premium ignored", BAND.toString());
  }
}
