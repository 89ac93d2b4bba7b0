package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class FeatureCheckTest {

  @Test
  void matched_isTheBandContainingTheObservation() {
    assertTrue(FeatureCheck.of(CauseFeature.RATE, -0.0002, Band.between(-3e-4, -1e-4)).matched());
    FeatureCheck miss = FeatureCheck.of(CauseFeature.PRICE, 0.05, Band.atMost(0));
    assertFalse(miss.matched());
    assertEquals("PRICE 0.05 not in <= 0.0", miss.toString());
    assertThrows(IllegalArgumentException.class,
        () -> FeatureCheck.of(CauseFeature.RATE, Double.NaN, Band.any()));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(FeatureCheck.of(CauseFeature.RATE, 0.0, Band.any()),
            FeatureCheck.of(CauseFeature.RATE, -0.0, Band.any()))
        .addEqualityGroup(FeatureCheck.of(CauseFeature.PRICE, 0.0, Band.any()))
        .testEquals();
    new NullPointerTester()
        .setDefault(Band.class, Band.any())
        .testAllPublicStaticMethods(FeatureCheck.class);
  }
}
