package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.AT;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R8;
import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class VenueReadingTest {

  @Test
  void validates() {
    assertEquals("venue must not be blank, was ' '", assertThrows(
        IllegalArgumentException.class, () -> VenueReading.of(" ", R8, AT)).getMessage());
    assertEquals("openInterest must be >= 0, was -1.0", assertThrows(
        IllegalArgumentException.class, () -> VenueReading.of("okx", R8, AT).withOpenInterest(-1))
        .getMessage());
    assertEquals("volume must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> VenueReading.of("okx", R8, AT).withVolume(Double.NaN)).getMessage());
    npt().testAllPublicStaticMethods(VenueReading.class);
    npt().testAllPublicConstructors(VenueReading.class);
    new EqualsTester()
        .addEqualityGroup(VenueReading.of("okx", R8, AT).withOpenInterest(1).withVolume(2),
            VenueReading.of("okx", R8, AT).withOpenInterest(1).withVolume(2))
        .addEqualityGroup(VenueReading.of("okx", R8, AT).withOpenInterest(1).withVolume(3))
        .addEqualityGroup(VenueReading.of("bybit", R8, AT).withOpenInterest(1).withVolume(2))
        .testEquals();
  }

  @Test
  void openInterestAndVolumeAreSetByName() {
    // 0.1's of(venue, rate, at, oi, volume) let the two sizes be swapped silently; no public
    // constructor or method takes two doubles now.
    assertEquals(0, VenueReading.class.getConstructors().length);
    for (java.lang.reflect.Method m : VenueReading.class.getMethods()) {
      assertTrue(java.util.Arrays.stream(m.getParameterTypes())
          .filter(t -> t == double.class).count() < 2, m.toString());
    }
    VenueReading r = VenueReading.of("okx", R8, AT).withVolume(9).withOpenInterest(7);
    assertEquals(7.0, r.openInterest());
    assertEquals(9.0, r.volume());
    assertEquals(0.0, VenueReading.of("okx", R8, AT).openInterest());
  }

  @Test
  void toString_namesEveryPart_andDistinctReadingsHashDifferently() {
    VenueReading r = VenueReading.of("okx", R8, AT).withOpenInterest(1).withVolume(2);
    assertEquals("VenueReading[venue=okx, rate=-0.03%/8h, observedAt=2025-10-01T08:00:00Z,"
        + " openInterest=1.0, volume=2.0]", r.toString());
    // EqualsTester checks only that equal readings hash alike; a constant hash would pass it.
    org.junit.jupiter.api.Assertions.assertNotEquals(r.hashCode(),
        VenueReading.of("bybit", R8, AT).withOpenInterest(1).withVolume(2).hashCode());
  }
}
