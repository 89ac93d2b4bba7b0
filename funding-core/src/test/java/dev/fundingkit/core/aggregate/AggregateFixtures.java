package dev.fundingkit.core.aggregate;

import com.google.common.testing.NullPointerTester;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Instant;
import java.util.List;

/** Shared values for the aggregate package's value-type tests. */
final class AggregateFixtures {

  static final Instant AT = Instant.parse("2025-10-01T08:00:00Z");
  static final FundingRate R8 = FundingRate.parse("-0.03%/8h");
  static final FundingRate R1 = FundingRate.parse("-0.005%/1h");

  private AggregateFixtures() {}

  static NullPointerTester npt() {
    return new NullPointerTester().setDefault(Instant.class, AT)
        .setDefault(FundingRate.class, R8).setDefault(String.class, "okx")
        .setDefault(VenueReading.class, VenueReading.of("okx", R8, AT).withOpenInterest(1).withVolume(1))
        .setDefault(List.class, List.of(new VenueContribution("okx", R8, R8, 1)));
  }
}
