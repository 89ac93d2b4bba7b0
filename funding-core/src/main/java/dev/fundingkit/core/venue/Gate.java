package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.schedule.IntervalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Gate perpetuals: the data behind {@link FundingConventions#GATE}. */
final class Gate {

  static final String ID = "gate";

  static final FundingRuleVersion ARITHMETIC = FundingRuleVersion.builder(ID,
          Instant.parse("2020-01-01T00:00:00Z"))
      .formula("F = clamp([P + clamp(0.01% − P, ±0.05%)] / (8/N), ±funding_rate_limit),"
          + " P = arithmetic mean of the cycle's minute premiums")
      .published("Gate help 'Funding rate and funding fee' https://www.gate.com/help/futures/"
          + "futures-logic/27569/funding-rate-and-funding-fee; API announcement"
          + " https://gateex.cc/id/announcements/article/46587 (funding_rate_limit)")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.PER_8H)
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .intervalRules(IntervalRules.GATE)
      .build();

  static final FundingRuleVersion WEIGHTED = FundingRuleVersion.builder(ID,
          Instant.parse("2026-05-27T08:00:00Z"))
      .from(ARITHMETIC)
      .formula("F = clamp([P + clamp(0.01% − P, ±0.05%)] / (8/N), ±funding_rate_limit),"
          + " P = Σ i·P_i / Σ i over the cycle's minutes")
      .published("Gate help page (as updated) and Gate news of the 2026-05-27 upgrade (16:00"
          + " UTC+8 = 08:00 UTC)")
      .averaging(AveragingScheme.LINEAR_WEIGHTS)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Gate", List.of(ARITHMETIC, WEIGHTED));

  private Gate() {}
}
