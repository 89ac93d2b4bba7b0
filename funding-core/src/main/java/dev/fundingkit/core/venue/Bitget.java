package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bitget perpetuals: the data behind {@link FundingConventions#BITGET}. */
final class Bitget {

  static final String ID = "bitget";

  static final FundingRuleVersion PRORATED = FundingRuleVersion.builder(ID,
          Instant.parse("2020-01-01T00:00:00Z"))
      .formula("F = clamp(P + clamp(I_N − P, ±0.05%), min, max), I_N = 0.03%/day prorated")
      .published("Bitget support 'Funding rate' https://www.bitget.com/support/articles/"
          + "12560603824512 and the formula-change notice https://www.bitgetapp.com/id/support/"
          + "articles/12560603838070 (describing the rule before 2025-09-22); legacy help-centre"
          + " text (≈2020)")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.prorated(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .averaging(AveragingScheme.LINEAR_WEIGHTS)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(1)))
      .build();

  static final FundingRuleVersion SCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2025-09-22T08:01:00Z"))
      .from(PRORATED)
      .formula("F = clamp([P + clamp(I − P, ±0.05%)] / (8/N), min, max), I = 0.01% fixed")
      .published("Bitget notice https://www.bitgetapp.com/id/support/articles/12560603838070"
          + " (effective 2025-09-22 08:01 UTC = 16:01 UTC+8; example TONUSDT 4 h ÷2, ±0.66%)")
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .scaling(IntervalScaling.PER_8H)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Bitget", List.of(PRORATED, SCALED));

  private Bitget() {}
}
