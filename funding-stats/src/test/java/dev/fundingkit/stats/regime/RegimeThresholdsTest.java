package dev.fundingkit.stats.regime;

import com.google.common.testing.SerializableTester;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegimeThresholdsTest {

  @Test
  void defaults_areTheDomainFigures() {
    RegimeThresholds d = RegimeThresholds.defaults();
    assertEquals(0.0, d.negativeLevel().value(), 0);
    assertEquals(Duration.ofHours(48), d.persistentMinimum());
    assertEquals(3.0, d.spikeSigmas(), 0);
    assertEquals(-0.0005, d.spikeLevel().value(), 0);
    assertEquals(Duration.ofHours(12), d.spikeMaximum());
    assertEquals(0.02, d.spotRiseMinimum(), 0);
    assertEquals(Duration.ofHours(24), d.spotRiseMinimumDuration());
  }

  @Test
  void withers_changeOneThreshold() {
    RegimeThresholds d = RegimeThresholds.defaults();
    assertEquals(-0.0001, d.withNegativeLevel(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).negativeLevel().value(), 0);
    assertEquals(Duration.ofHours(72), d.withPersistentMinimum(Duration.ofHours(72))
        .persistentMinimum());
    assertEquals(2.0, d.withSpikeSigmas(2).spikeSigmas(), 0);
    assertEquals(-0.001, d.withSpikeLevel(FundingRate.of(-0.001, java.time.Duration.ofHours(8))).spikeLevel().value(), 0);
    assertEquals(Duration.ofHours(6), d.withSpikeMaximum(Duration.ofHours(6)).spikeMaximum());
    assertEquals(0.05, d.withSpotRiseMinimum(0.05).spotRiseMinimum(), 0);
    assertEquals(Duration.ofDays(3), d.withSpotRiseMinimumDuration(Duration.ofDays(3))
        .spotRiseMinimumDuration());
    assertEquals(d, d.withNegativeLevel(FundingRate.of(-0.0, java.time.Duration.ofHours(8))));
  }

  @Test
  void badInput_namesParameterAndValue() {
    RegimeThresholds d = RegimeThresholds.defaults();
    assertEquals("negativeLevel must be <= 0, was 1.0E-4", assertThrows(
        IllegalArgumentException.class, () -> d.withNegativeLevel(FundingRate.of(0.0001, java.time.Duration.ofHours(8)))).getMessage());
    assertEquals("spikeLevel must be < 0, was 0.0", assertThrows(
        IllegalArgumentException.class, () -> d.withSpikeLevel(FundingRate.of(0, java.time.Duration.ofHours(8)))).getMessage());
    assertEquals("spikeSigmas must be > 0, was -1.0", assertThrows(
        IllegalArgumentException.class, () -> d.withSpikeSigmas(-1)).getMessage());
    assertEquals("spikeMaximum must be positive, was PT0S", assertThrows(
        IllegalArgumentException.class, () -> d.withSpikeMaximum(Duration.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> d.withSpotRiseMinimum(Double.NaN));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(RegimeThresholds.defaults(), RegimeThresholds.defaults()
            .withSpikeSigmas(2).withSpikeSigmas(3))
        .addEqualityGroup(RegimeThresholds.defaults().withSpikeSigmas(2))
        .testEquals();
    new NullPointerTester()
        .setDefault(double.class, -0.01)
        .testAllPublicInstanceMethods(RegimeThresholds.defaults());
  }

  @Test
  void text_hash_andSerialForm() {
    RegimeThresholds d = RegimeThresholds.defaults();
    assertTrue(d.toString().startsWith("RegimeThresholds[negativeLevel="), d.toString());
    assertTrue(d.toString().contains(", spikeSigmas=3.0, "), d.toString());
    assertNotEquals(d.hashCode(), d.withSpikeSigmas(2).hashCode());
    SerializableTester.reserializeAndAssert(d.withSpikeSigmas(2));
  }
}
