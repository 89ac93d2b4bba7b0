package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import dev.fundingkit.core.schedule.IntervalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** OKX perpetual swaps: the data behind {@link FundingConventions#OKX}. */
final class Okx {

  static final String ID = "okx";

  private static final String LEGACY = "OKX help 'Funding rate mechanism'"
      + " https://www.okx.com/help/360053909272 (legacy formula, per-currency cap table)";

  /** Formula A with the window anchored at the period start. */
  static final FundingRuleVersion A_ANCHORED = FundingRuleVersion.builder(ID,
          Instant.parse("2019-07-18T00:00:00Z"))
      .formula("F = clamp(MA(P_mid − I), floor, cap), I = 0, P_mid = (mid − index) / index,"
          + " MA = simple mean of minute values since the period start")
      .published(LEGACY + "; cross-cycle settlement announcement effective 2019-07-18")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.NONE)
      .band(PremiumBand.NONE)
      .scaling(IntervalScaling.NONE)
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(1).paymentPrice(PaymentPrice.MARK)
      .intervalRules(IntervalRules.OKX)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(1)))
      .build();

  /** Formula A while contracts moved one by one to current-cycle collection. */
  static final FundingRuleVersion A_MIGRATING = FundingRuleVersion.builder(ID,
          Instant.parse("2024-01-04T00:00:00Z"))
      .from(A_ANCHORED)
      .intervalsAheadUnknown()
      .gaps("from 2024-01-04 OKX moved contracts one by one from cross-cycle (rate paid one"
          + " period later) to current-cycle collection, FLOWUSDT first; which contract moved"
          + " when is not in the sources")
      .build();

  /** Formula A with a rolling window of the last N hours. */
  static final FundingRuleVersion A_ROLLING = FundingRuleVersion.builder(ID,
          Instant.parse("2024-03-05T08:00:00Z"))
      .from(A_MIGRATING)
      .formula("F = clamp(MA(P_mid − I), floor, cap), I = 0, MA = simple mean of the minute"
          + " values of the last N hours (rolling)")
      .published("OKX notice 'OKX to optimize funding rate calculation'"
          + " https://www.okx.com/help/okx-to-optimize-funding-rate-calculation (rolling window"
          + " from 2024-03-05 08:00 UTC); " + LEGACY)
      .window(PremiumWindow.ROLLING)
      .build();

  /** Formula B: impact premium, prorated interest, ±0.05% clamp. */
  static final FundingRuleVersion B = FundingRuleVersion.builder(ID, Instant.parse("2025-04-24T00:01:00Z"))
      .formula("F = clamp(P + clamp(I − P, ±0.05%), floor, cap), I = 0.03% / (24/N),"
          + " P = weighted moving average of the impact premium")
      .published("OKX notice 'OKX to change the funding rate formula for perpetual futures'"
          + " https://www.okx.com/en-sg/help/okx-to-change-the-funding-rate-formula-for-perpetual"
          + "-futures (batches 2025-04-10, 04-17 and 04-24 00:01 UTC)")
      .gaps("OKX calls the average a 'weighted moving average' without giving the weights or"
          + " the sampling cadence (venues.md §18 #8); pass the average premium instead")
      .defaultInterval(Duration.ofHours(8))
      .window(PremiumWindow.ROLLING).paymentPrice(PaymentPrice.MARK).intervalRules(IntervalRules.OKX)
      .interest(InterestComponent.prorated(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(1)))
      .build();

  /** Formula C: ÷(8/N) with a fixed 0.01% interest. */
  static final FundingRuleVersion C = FundingRuleVersion.builder(ID, Instant.parse("2026-07-01T00:00:00Z"))
      .from(B)
      .formula("F = clamp([P + clamp(I − P, ±0.05%)] / (8/N), floor, cap), I = 0.01% fixed")
      .published("OKX notice 'Important update: revision of the funding rate formula for OKX"
          + " perpetual' https://www.okx.com/help/important-update-revision-of-the-funding-rate"
          + "-formula-for-okx-perpetual (published 2026-05-29, migration during June 2026)")
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .scaling(IntervalScaling.PER_8H)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "OKX", List.of(A_ANCHORED, A_MIGRATING, A_ROLLING, B, C));

  private Okx() {}
}
