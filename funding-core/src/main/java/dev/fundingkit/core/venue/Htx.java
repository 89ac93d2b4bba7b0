package dev.fundingkit.core.venue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** HTX (Huobi) perpetual swaps: the data behind {@link FundingConventions#HTX}. */
final class Htx {

  static final String ID = "htx";

  private static final String UNKNOWN = "HTX does not publish the premium definition, the"
      + " averaging weights, the interest value, the clamp, the caps or the rounding in any"
      + " source found (venues.md §14, §18 #16); only the intervals, the settlement timing and"
      + " the payment basis are known";

  static final FundingRuleVersion PREVIOUS_PERIOD = FundingRuleVersion.builder(ID,
          Instant.parse("2021-01-01T00:00:00Z"))
      .formula("F for a period computed from the previous period's average premium and fixed at"
          + " the period start; formula parts not published")
      .published("HTX support https://www.htx.com/en-us/support/900001326466 (USDT-M),"
          + " https://www.huobi.com/support/pt-pt/detail/900000106903 (coin-M)")
      .gaps(UNKNOWN)
      .defaultInterval(Duration.ofHours(8))
      .window(PremiumWindow.ANCHORED).intervalsAhead(1).paymentPrice(PaymentPrice.INDEX)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(1)))
      .build();

  static final FundingRuleVersion SAME_PERIOD = FundingRuleVersion.builder(ID,
          Instant.parse("2024-01-08T08:00:00Z"))
      .from(PREVIOUS_PERIOD)
      .formula("F settled at T from the average premium of the period ending at T ('real-time'"
          + " rate); formula parts not published")
      .published("HTX notice https://htx.com/en-in/support/44958157384677 (from the 2024-01-08"
          + " 08:00 UTC settlement)")
      .intervalsAhead(0)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "HTX", List.of(PREVIOUS_PERIOD, SAME_PERIOD));

  private Htx() {}
}
