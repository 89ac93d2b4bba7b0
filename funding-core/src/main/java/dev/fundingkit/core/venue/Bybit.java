package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.schedule.IntervalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bybit linear and inverse perpetuals: the data behind {@link FundingConventions#BYBIT}. */
final class Bybit {

  static final String ID = "bybit";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2022-07-05T00:00:00Z"))
      .formula("F = clamp(P + clamp(I − P, ±0.05%), ±min(0.75 × (IMR − MMR), MMR)),"
          + " I = 0.03% / (24/N)")
      .published("Bybit Help Center 'Introduction to Funding Rate'"
          + " https://www.bybit.com/en/help-center/article/Introduction-to-Funding-Rate and"
          + " 'Funding Fee Calculation'; API v5 instruments-info/tickers (read 2026); move to"
          + " current-interval settlement completed 2022-07-05")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.prorated(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .marginCapRule(MarginCapRule.SPREAD_75_OR_MMR)
      .averaging(AveragingScheme.LINEAR_WEIGHTS)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .intervalRules(IntervalRules.BYBIT)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(1)))
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "Bybit", List.of(RULE));

  private Bybit() {}
}
