package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.AT;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R8;
import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class VenueReadingTest {

  @Test
  void validates() {
    assertEquals("venue must not be blank, was ' '", assertThrows(
        IllegalArgumentException.class, () -> VenueReading.of(" ", R8, AT, 1, 1)).getMessage());
    assertEquals("openInterest must be >= 0, was -1.0", assertThrows(
        IllegalArgumentException.class, () -> VenueReading.of("okx", R8, AT, -1, 1))
        .getMessage());
    assertEquals("volume must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> VenueReading.of("okx", R8, AT, 1, Double.NaN)).getMessage());
    npt().testAllPublicStaticMethods(VenueReading.class);
    npt().testAllPublicConstructors(VenueReading.class);
    new EqualsTester()
        .addEqualityGroup(VenueReading.of("okx", R8, AT, 1, 2),
            new VenueReading("okx", R8, AT, 1, 2))
        .addEqualityGroup(VenueReading.of("okx", R8, AT, 1, 3))
        .addEqualityGroup(VenueReading.of("bybit", R8, AT, 1, 2))
        .testEquals();
  }
}
