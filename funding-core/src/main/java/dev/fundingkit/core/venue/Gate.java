package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.schedule.IntervalRules;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Gate perpetuals: the data behind {@link FundingConventions#GATE}. */
final class Gate {

  static final String ID = "gate";

  static final FundingRuleVersion ARITHMETIC = FundingRuleVersion.builder(ID,
          Instant.parse("2020-01-01T00:00:00Z"))
      .formula("F = clamp(P + clamp(I_N − P, ±0.05%), ±funding_rate_limit), I_N = 0.03%/day"
          + " prorated (0.01% per 8 h), no interval divisor; P = arithmetic mean of the cycle's"
          + " minute premiums; published with 6 decimals")
      .published("Gate help 'Funding rate and funding fee' https://www.gate.com/help/futures/"
          + "futures-logic/27569/funding-rate-and-funding-fee; API announcement"
          + " https://gateex.cc/id/announcements/article/46587 (funding_rate_limit)")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.prorated(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      // Gate's API and the shared data (supervik-multivenue gate, 2020-2023: 5.3e-05, …)
      // never show more than 6 decimals; rounding mode not published, HALF_UP assumed.
      .precision(PublishedPrecision.of(6, RoundingMode.HALF_UP))
      // Caps 2020-2023: the largest |F| of BTC_USDT and ETH_USDT in supervik-multivenue is
      // exactly 0.00375 (many settlements), the docs' ±0.375%.
      .symbolCap("BTC_USDT", FundingCap.symmetric(0.00375))
      .symbolCap("ETH_USDT", FundingCap.symmetric(0.00375))
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .intervalRules(IntervalRules.GATE)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(1)))
      .build();

  /** BTC_USDT and ETH_USDT caps ±0.30%: shown by the API announcement, date assumed. */
  static final FundingRuleVersion LIMIT_030 = FundingRuleVersion.builder(ID,
          Instant.parse("2025-08-15T00:00:00Z"))
      .from(ARITHMETIC)
      .assumed("BTC_USDT/ETH_USDT funding_rate_limit 0.003 (±0.30%) per API announcement 46587"
          + " of 2025-08-15 (https://gateex.cc/id/announcements/article/46587); the date the"
          + " limit moved from ±0.375% (the 2020-2023 data's extreme) is not published, so the"
          + " announcement's date is assumed")
      .symbolCap("BTC_USDT", FundingCap.symmetric(0.003))
      .symbolCap("ETH_USDT", FundingCap.symmetric(0.003))
      .build();

  static final FundingRuleVersion WEIGHTED = FundingRuleVersion.builder(ID,
          Instant.parse("2026-05-27T08:00:00Z"))
      .from(LIMIT_030)
      .formula("F = clamp([P + clamp(0.01% − P, ±0.05%)] / (8/N), ±funding_rate_limit),"
          + " P = Σ i·P_i / Σ i over the cycle's minutes; published with 6 decimals")
      .published("Gate help page (as updated) and Gate news of the 2026-05-27 upgrade, which"
          + " brought the fixed 0.01% base rate, the ÷(8/N) divisor and time-weighted averaging"
          + " together. Cut-over: the news gives 2026-05-27 16:00 UTC+8 = 08:00 UTC, another"
          + " copy 2026-05-26 16:00 UTC; no shared data covers either, 08:00 UTC on 05-27 is"
          + " chosen as the instant the venue's own news states (for 8 h contracts both"
          + " versions give the same rate)")
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .scaling(IntervalScaling.PER_8H)
      .averaging(AveragingScheme.LINEAR_WEIGHTS)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Gate", List.of(ARITHMETIC, LIMIT_030, WEIGHTED));

  private Gate() {}
}
