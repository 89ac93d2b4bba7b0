package dev.fundingkit.core.aggregate;

import static dev.fundingkit.core.aggregate.AggregateFixtures.npt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class VenueExclusionTest {

  @Test
  void printsVenueReasonAndDetail() {
    VenueExclusion e = new VenueExclusion("okx", ExclusionReason.MISSING, "no reading");
    assertEquals("okx MISSING (no reading)", e.toString());
    npt().testAllPublicConstructors(VenueExclusion.class);
    new EqualsTester()
        .addEqualityGroup(e, new VenueExclusion("okx", ExclusionReason.MISSING, "no reading"))
        .addEqualityGroup(new VenueExclusion("okx", ExclusionReason.STALE, "no reading"))
        .testEquals();
  }
}
