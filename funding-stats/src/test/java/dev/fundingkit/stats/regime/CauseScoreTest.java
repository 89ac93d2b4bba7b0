package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseScoreTest {

  private static final FeatureCheck HIT = FeatureCheck.of(CauseFeature.RATE, -2e-4, Band.any());
  private static final FeatureCheck MISS = FeatureCheck.of(CauseFeature.PRICE, 1, Band.atMost(0));

  @Test
  void score_isTheShareOfMatchingFeatures() {
    CauseScore s = CauseScore.of(NegativeFundingCause.HEDGING_DEMAND, List.of(HIT, MISS));
    assertEquals(1, s.matches());
    assertEquals(0.5, s.score(), 0);
    assertEquals(List.of(CauseFeature.RATE), s.matched());
    assertEquals(List.of(CauseFeature.PRICE), s.mismatched());
    assertThrows(IllegalArgumentException.class,
        () -> CauseScore.of(NegativeFundingCause.HEDGING_DEMAND, List.of()));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CauseScore.of(NegativeFundingCause.HEDGING_DEMAND, List.of(HIT)),
            CauseScore.of(NegativeFundingCause.HEDGING_DEMAND, List.of(HIT)))
        .addEqualityGroup(CauseScore.of(NegativeFundingCause.PANIC_SELLING, List.of(HIT)))
        .testEquals();
    new NullPointerTester()
        .setDefault(List.class, List.of(HIT))
        .testAllPublicStaticMethods(CauseScore.class);
  }
}
