package dev.fundingkit.core.venue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Coinbase International Exchange and Coinbase Derivatives perpetual-style futures: the data
 * behind {@link FundingConventions#COINBASE}.
 */
final class Coinbase {

  static final String ID = "coinbase";

  private static final String UNKNOWN = "Coinbase INTX help pages define only the concept (mark"
      + " vs index, paid at the end of each interval) and Coinbase Derivatives only the hourly"
      + " accrual with twice-daily cash settlement; the premium definition, averaging, interest,"
      + " clamp, caps and rounding are not published in any source found (venues.md §15, §18"
      + " #16)";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2025-07-21T00:00:00Z"))
      .formula("funding accrues hourly from mark vs index; formula parts not published")
      .published("help.coinbase.com/en/international-exchange/funding; Coinbase Derivatives"
          + " perpetual-style futures launch (2025-07-21)")
      .gaps(UNKNOWN)
      .defaultInterval(Duration.ofHours(1))
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "Coinbase", List.of(RULE));

  private Coinbase() {}
}
