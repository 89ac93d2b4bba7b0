package dev.fundingkit.stats.regime;

import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegimeEpisodeTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofHours(56));

  @Test
  void windowIsHalfOpen() {
    RegimeEpisode e =
        RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -0.0002, -0.0001);
    assertEquals(Duration.ofHours(56), e.duration());
    assertTrue(e.contains(T0));
    assertTrue(e.contains(T1.minusNanos(1)));
    assertFalse(e.contains(T1));
    assertFalse(e.contains(T0.minusNanos(1)));
  }

  @Test
  void badInput_namesParameterAndValue() {
    IllegalArgumentException end = assertThrows(IllegalArgumentException.class,
        () -> RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, T0, T0, -1e-3, -1e-3));
    assertEquals("end must be after start 2024-01-01T00:00:00Z, was 2024-01-01T00:00:00Z",
        end.getMessage());
    IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
        () -> RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, T0, T1, -1e-3, -2e-3));
    assertEquals("mean must be >= minimum -0.1%/8h, was -0.2%/8h", mean.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, T0, T1, Double.NaN, -2e-3));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -2e-4, 0.0),
            RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -2e-4, -0.0))
        .addEqualityGroup(RegimeEpisode.ofPer8h(RegimeKind.EXTREME_SPIKE, T0, T1, -2e-4, 0.0))
        .addEqualityGroup(RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -3e-4, 0.0))
        .testEquals();
    new NullPointerTester()
        .setDefault(Instant.class, T0)
        .testAllPublicInstanceMethods(
            RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -2e-4, -1e-4));
  }

  @Test
  void of_keepsRatesWithTheirInterval() {
    FundingRate min = FundingRate.of(-0.0002, Duration.ofHours(8));
    FundingRate mean = FundingRate.of(-0.0001, Duration.ofHours(8));
    RegimeEpisode e = RegimeEpisode.of(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, min, mean);
    assertEquals(RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, T0, T1, -0.0002,
        -0.0001), e);
    assertEquals(min, e.minimum());
  }
}
