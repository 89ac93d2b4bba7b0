package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.R1;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R8;
import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class VenueContributionTest {

  @Test
  void validatesWeight() {
    assertEquals("weight must be in (0, 1], was 0.0", assertThrows(
        IllegalArgumentException.class, () -> new VenueContribution("okx", R1, R8, 0))
        .getMessage());
    assertEquals("weight must be in (0, 1], was 1.5", assertThrows(
        IllegalArgumentException.class, () -> new VenueContribution("okx", R1, R8, 1.5))
        .getMessage());
    npt().testAllPublicConstructors(VenueContribution.class);
    new EqualsTester()
        .addEqualityGroup(new VenueContribution("okx", R1, R8, 0.5),
            new VenueContribution("okx", R1, R8, 0.5))
        .addEqualityGroup(new VenueContribution("okx", R1, R8, 0.25))
        .testEquals();
  }
}
