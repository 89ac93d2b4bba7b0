package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Hyperliquid perpetuals: the data behind {@link FundingConventions#HYPERLIQUID}. */
final class Hyperliquid {

  static final String ID = "hyperliquid";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2024-01-01T00:00:00Z"))
      .formula("F1h = clamp([P + clamp(0.01% − P, ±0.05%)] / 8, ±4%)")
      .published("Hyperliquid docs 'Funding' https://hyperliquid.gitbook.io/hyperliquid-docs/"
          + "trading/funding and contract specifications; verified on 24,384 hourly rates"
          + " 2024-01-01..2025-12-28 (fundingHistory)")
      .defaultInterval(Duration.ofHours(1))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.ONE_EIGHTH)
      .capStage(CapStage.AFTER_SCALING)
      .defaultCap(FundingCap.symmetric(0.04))
      .precision(PublishedPrecision.of(10, RoundingMode.HALF_UP))
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .sampleCadence(Duration.ofSeconds(5))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.ORACLE)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Hyperliquid", List.of(RULE));

  private Hyperliquid() {}
}
