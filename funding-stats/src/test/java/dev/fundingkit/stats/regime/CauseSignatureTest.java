package dev.fundingkit.stats.regime;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CauseSignatureTest {

  @Test
  void score_checksEveryFeatureInOrder() {
    CauseScore score = CauseSignatures.HEDGING_DEMAND.score(
        EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.1).priceChange(0.03).duration(Duration.ofDays(2)).build());
    assertEquals(4, score.checks().size());
    assertEquals(CauseFeature.RATE, score.checks().get(0).feature());
    assertEquals(3, score.matches());
    assertEquals("PRICE 0.03 not in [-0.05, 0.02]", score.checks().get(2).toString());
    assertEquals(Band.atLeast(0.05), CauseSignatures.HEDGING_DEMAND.band(
        CauseFeature.OPEN_INTEREST));
  }

  @Test
  void badInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CauseSignature.of(NegativeFundingCause.UNCLASSIFIED, Band.any(), Band.any(),
            Band.any(), Band.any()));
    assertEquals("cause must be a real cause, was UNCLASSIFIED", e.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CauseSignatures.SPOT_PREMIUM, CauseSignature.of(
            NegativeFundingCause.SPOT_PREMIUM, Band.between(-0.0003, -0.0001), Band.any(),
            Band.atLeast(0.02), Band.any()))
        .addEqualityGroup(CauseSignatures.PANIC_SELLING)
        .testEquals();
    new NullPointerTester()
        .setDefault(NegativeFundingCause.class, NegativeFundingCause.SPOT_PREMIUM)
        .setDefault(Band.class, Band.any())
        .testAllPublicStaticMethods(CauseSignature.class);
    new NullPointerTester().testAllPublicInstanceMethods(CauseSignatures.HEDGING_DEMAND);
  }
}
