package dev.fundingkit.stats.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpisodeFactsTest {

  @Test
  void values_inTheUnitsOfTheBands() {
    EpisodeFacts f = EpisodeFacts.of(-0.0002, 0.1, -0.03, Duration.ofHours(36));
    assertEquals(-0.0002, f.value(CauseFeature.RATE), 0);
    assertEquals(0.1, f.value(CauseFeature.OPEN_INTEREST), 0);
    assertEquals(-0.03, f.value(CauseFeature.PRICE), 0);
    assertEquals(1.5, f.value(CauseFeature.DURATION), 0);
  }

  @Test
  void fromAnEpisode_takesItsMeanRateAndDuration() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    RegimeEpisode e = RegimeEpisode.of(RegimeKind.PERSISTENT_NEGATIVE, start,
        start.plus(Duration.ofHours(56)), -0.0003, -0.0001);
    assertEquals(EpisodeFacts.of(-0.0001, 0.05, 0.01, Duration.ofHours(56)),
        EpisodeFacts.of(e, 0.05, 0.01));
  }

  @Test
  void badInput() {
    assertEquals("openInterestChange must be > -1, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeFacts.of(-0.0001, -1, 0, Duration.ofDays(1))).getMessage());
    assertEquals("priceChange must be finite, was NaN", assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeFacts.of(-0.0001, 0, Double.NaN, Duration.ofDays(1))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EpisodeFacts.of(-0.0001, 0, 0, Duration.ZERO));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EpisodeFacts.of(-0.0001, 0.0, 0.0, Duration.ofDays(1)),
            EpisodeFacts.of(-0.0001, -0.0, -0.0, Duration.ofHours(24)))
        .addEqualityGroup(EpisodeFacts.of(-0.0002, 0.0, 0.0, Duration.ofDays(1)))
        .testEquals();
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofDays(1))
        .testAllPublicStaticMethods(EpisodeFacts.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(EpisodeFacts.of(-0.0001, 0, 0, Duration.ofDays(1)));
  }
}
