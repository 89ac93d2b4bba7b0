package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class CauseSignaturesTest {

  /** Domain brief §8 table, row by row, at its quoted figures. */
  @Test
  void domainTable_quotedRatesLieInTheirBands() {
    assertTrue(CauseSignatures.HEDGING_DEMAND.ratePer8h().contains(-0.0001));
    assertTrue(CauseSignatures.HEDGING_DEMAND.ratePer8h().contains(-0.0003));
    assertTrue(CauseSignatures.PANIC_SELLING.ratePer8h().contains(-0.0005));
    assertTrue(CauseSignatures.PANIC_SELLING.ratePer8h().contains(-0.003));
    assertTrue(CauseSignatures.PANIC_SELLING.ratePer8h().contains(-0.01));
    assertTrue(CauseSignatures.STRUCTURAL_SHORT.ratePer8h().contains(-0.00005));
    assertTrue(CauseSignatures.STRUCTURAL_SHORT.ratePer8h().contains(-0.0002));
    assertTrue(CauseSignatures.SPOT_PREMIUM.openInterestChange().isAny());
    assertTrue(CauseSignatures.HEDGING_DEMAND.durationDays().contains(1));
    assertTrue(CauseSignatures.HEDGING_DEMAND.durationDays().contains(7));
    assertTrue(CauseSignatures.PANIC_SELLING.durationDays().contains(3));
  }

  @Test
  void of_findsEachCause_andRejectsUnclassified() {
    for (CauseSignature s : CauseSignatures.ALL) {
      assertEquals(s, CauseSignatures.of(s.cause()));
    }
    assertEquals(4, CauseSignatures.ALL.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CauseSignatures.of(NegativeFundingCause.UNCLASSIFIED));
    assertEquals("cause must have a signature, was UNCLASSIFIED", e.getMessage());
    new NullPointerTester().testAllPublicStaticMethods(CauseSignatures.class);
  }
}
