package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseAssessmentTest {

  private static final CauseScore SCORE = CauseScore.of(NegativeFundingCause.PANIC_SELLING,
      List.of(FeatureCheck.of(CauseFeature.RATE, -1e-3, Band.atMost(-5e-4))));

  @Test
  void scoreOf_findsTheCause_orNothing() {
    CauseAssessment a =
        new CauseAssessment(NegativeFundingCause.PANIC_SELLING, List.of(SCORE), "because");
    assertEquals(SCORE, a.scoreOf(NegativeFundingCause.PANIC_SELLING).orElseThrow());
    assertTrue(a.scoreOf(NegativeFundingCause.SPOT_PREMIUM).isEmpty());
    assertThrows(IllegalArgumentException.class,
        () -> new CauseAssessment(NegativeFundingCause.PANIC_SELLING, List.of(SCORE), " "));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            new CauseAssessment(NegativeFundingCause.PANIC_SELLING, List.of(SCORE), "r"),
            new CauseAssessment(NegativeFundingCause.PANIC_SELLING, List.of(SCORE), "r"))
        .addEqualityGroup(
            new CauseAssessment(NegativeFundingCause.UNCLASSIFIED, List.of(SCORE), "r"))
        .testEquals();
    new NullPointerTester()
        .setDefault(String.class, "r")
        .setDefault(List.class, List.of(SCORE))
        .testAllPublicConstructors(CauseAssessment.class);
    new NullPointerTester().testAllPublicInstanceMethods(
        new CauseAssessment(NegativeFundingCause.PANIC_SELLING, List.of(SCORE), "r"));
  }
}
