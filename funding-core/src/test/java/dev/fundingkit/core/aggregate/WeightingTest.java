package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.AT;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R8;
import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WeightingTest {

  @Test
  void picksTheRawWeight() {
    VenueReading r = VenueReading.of("okx", R8, AT).withOpenInterest(7).withVolume(9);
    assertEquals(7.0, Weighting.OPEN_INTEREST.rawWeight(r), 0);
    assertEquals(9.0, Weighting.VOLUME.rawWeight(r), 0);
    assertEquals(1.0, Weighting.EQUAL.rawWeight(r), 0);
    npt().testAllPublicInstanceMethods(Weighting.EQUAL);
  }
}
