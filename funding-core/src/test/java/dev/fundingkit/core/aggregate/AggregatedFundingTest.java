package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.AT;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R1;
import static dev.fundingkit.core.aggregate.AggregateFixtures.R8;
import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatedFundingTest {

  @Test
  void needsAContributionOnItsInterval() {
    assertEquals("contributions must not be empty, was []", assertThrows(
        IllegalArgumentException.class,
        () -> new AggregatedFunding(AT, R8, Weighting.EQUAL, List.of(), List.of()))
        .getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AggregatedFunding(AT, R8, Weighting.EQUAL,
            List.of(new VenueContribution("okx", R8, R1, 1)), List.of()));
    assertEquals("contributions must be normalised to PT8H, was " + new VenueContribution(
        "okx", R8, R1, 1), e.getMessage());
    npt().testAllPublicConstructors(AggregatedFunding.class);
    List<VenueContribution> one = List.of(new VenueContribution("okx", R8, R8, 1));
    new EqualsTester()
        .addEqualityGroup(new AggregatedFunding(AT, R8, Weighting.EQUAL, one, List.of()),
            new AggregatedFunding(AT, R8, Weighting.EQUAL, one, List.of()))
        .addEqualityGroup(new AggregatedFunding(AT, R8, Weighting.VOLUME, one, List.of()))
        .addEqualityGroup(new AggregatedFunding(AT.plusSeconds(1), R8, Weighting.EQUAL, one,
            List.of()))
        .testEquals();
    assertEquals(Duration.ofHours(8), R8.interval());
  }
}
