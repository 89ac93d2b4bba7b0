package dev.fundingkit.stats.regime;

import com.google.common.testing.SerializableTester;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import dev.fundingkit.core.rate.FundingRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EpisodeFactsTest {

  @Test
  void values_inTheUnitsOfTheBands() {
    EpisodeFacts f = EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.1).priceChange(-0.03).duration(Duration.ofHours(36)).build();
    assertEquals(-0.0002, f.value(CauseFeature.RATE), 0);
    assertEquals(0.1, f.value(CauseFeature.OPEN_INTEREST), 0);
    assertEquals(-0.03, f.value(CauseFeature.PRICE), 0);
    assertEquals(1.5, f.value(CauseFeature.DURATION), 0);
  }

  @Test
  void fromAnEpisode_takesItsMeanRateAndDuration() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    RegimeEpisode e = RegimeEpisode.ofPer8h(RegimeKind.PERSISTENT_NEGATIVE, start,
        start.plus(Duration.ofHours(56)), -0.0003, -0.0001);
    assertEquals(EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0.05).priceChange(0.01).duration(Duration.ofHours(56)).build(),
        EpisodeFacts.builder(e).openInterestChange(0.05).priceChange(0.01).build());
  }

  @Test
  void badInput() {
    assertEquals("openInterestChange must be > -1, was -1.0", assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(-1).priceChange(0).duration(Duration.ofDays(1)).build()).getMessage());
    assertEquals("priceChange must be finite, was NaN", assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0).priceChange(Double.NaN).duration(Duration.ofDays(1)).build()).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0).priceChange(0).duration(Duration.ZERO).build());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0.0).priceChange(0.0).duration(Duration.ofDays(1)).build(),
            EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(-0.0).priceChange(-0.0).duration(Duration.ofHours(24)).build())
        .addEqualityGroup(EpisodeFacts.builder().rate(FundingRate.of(-0.0002, java.time.Duration.ofHours(8))).openInterestChange(0.0).priceChange(0.0).duration(Duration.ofDays(1)).build())
        .testEquals();
    new NullPointerTester()
        .setDefault(Duration.class, Duration.ofDays(1))
        .testAllPublicStaticMethods(EpisodeFacts.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(EpisodeFacts.builder().rate(FundingRate.of(-0.0001, java.time.Duration.ofHours(8))).openInterestChange(0).priceChange(0).duration(Duration.ofDays(1)).build());
  }

  @Test
  void openInterestAndPriceCanOnlyBeGivenByName() {
    // 0.1's EpisodeFacts.of(rate, oi, price, duration) let a caller swap OI and price and
    // silently change the cause; no public constructor or factory takes two doubles now.
    assertEquals(0, EpisodeFacts.class.getConstructors().length);
    for (java.lang.reflect.Method m : EpisodeFacts.class.getMethods()) {
      long doubles = java.util.Arrays.stream(m.getParameterTypes())
          .filter(t -> t == double.class).count();
      assertTrue(doubles < 2, m.toString());
    }
    EpisodeFacts f = EpisodeFacts.builder().priceChange(-0.03).openInterestChange(0.1)
        .duration(Duration.ofHours(36)).rate(FundingRate.of(-0.0002 / 8, Duration.ofHours(1)))
        .build();
    assertEquals(0.1, f.value(CauseFeature.OPEN_INTEREST));
    assertEquals(-0.03, f.value(CauseFeature.PRICE));
    assertEquals(-0.0002, f.value(CauseFeature.RATE), 1e-18);
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> EpisodeFacts.builder().rate(f.rate()).openInterestChange(0).build());
    assertEquals("priceChange was not set", missing.getMessage());
  }

  @Test
  void accessors_text_hash_andSerialForm() {
    EpisodeFacts f = EpisodeFacts.builder().rate(FundingRate.of(-0.0002, Duration.ofHours(8)))
        .openInterestChange(0.1).priceChange(-0.03).duration(Duration.ofHours(36)).build();
    assertEquals(0.1, f.openInterestChange());
    assertEquals(-0.03, f.priceChange());
    assertEquals(Duration.ofHours(36), f.duration());
    assertEquals("EpisodeFacts[rate=" + f.rate() + ", openInterestChange=0.1, priceChange=-0.03,"
        + " duration=PT36H]", f.toString());
    EpisodeFacts other = EpisodeFacts.builder().rate(f.rate()).openInterestChange(0.2)
        .priceChange(-0.03).duration(Duration.ofHours(36)).build();
    assertNotEquals(f.hashCode(), other.hashCode());
    SerializableTester.reserializeAndAssert(f);
  }

  @Test
  void durationInDays_readsTheNanos() {
    // 43 200.5 s is 0.5 days and 0.5 s: 43 200.5 / 86 400
    EpisodeFacts f = EpisodeFacts.builder().rate(FundingRate.of(-0.0002, Duration.ofHours(8)))
        .openInterestChange(0).priceChange(0).duration(Duration.ofSeconds(43_200, 500_000_000))
        .build();
    assertEquals(43_200.5 / 86_400, f.value(CauseFeature.DURATION), 1e-17);
  }
}
