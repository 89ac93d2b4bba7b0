package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Hyperliquid builder-deployed (HIP-3) perpetuals of the {@code xyz} deployer: the data behind
 * {@link FundingConventions#HYPERLIQUID_XYZ}.
 */
final class HyperliquidHip3 {

  static final String ID = "hyperliquid-xyz";

  private static final String DATA = "zushen-crossvenue funding_hyperliquid-xyz.csv.gz (8 xyz"
      + " equity perps, hourly, 2025-11-12..2026-08-22)";

  static final FundingRuleVersion FULL = FundingRuleVersion.builder(ID,
          Instant.parse("2025-11-12T21:00:00Z"))
      .formula("F1h = clamp([P + clamp(I − P, ±0.05%)] / 8, ±4%), P = 0.5 × (impactBid +"
          + " impactAsk) / oracle − 1 (mid-based), I = 0.01% per 8 h (deployer-set)")
      .inferredFromData(DATA + ": the calm value 0.0000125 = 0.01% / 8 is the most common rate"
          + " of every symbol before 2025-12-19 23:00 UTC; mid-based premium and deployer-set"
          + " interest and multiplier per Hyperliquid docs 'HIP-3: builder-deployed perpetuals'"
          + " (FundingKit issue 10 #6). Starts at the first settlement in the data")
      .defaultInterval(Duration.ofHours(1))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.ONE_EIGHTH)
      .capStage(CapStage.AFTER_SCALING)
      .defaultCap(FundingCap.symmetric(0.04))
      .precision(PublishedPrecision.of(10, RoundingMode.HALF_UP))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.ORACLE)
      .gaps("the xyz deployer's averaging is not published")
      .build();

  static final FundingRuleVersion HALVED = FundingRuleVersion.builder(ID,
          Instant.parse("2025-12-19T23:00:00Z"))
      .from(FULL)
      .formula("F1h = clamp([P + clamp(I − P, ±0.05%)] / 8 × 0.5, ±4%), deployer multiplier"
          + " 0.5")
      .inferredFromData(DATA + ": from 2025-12-19 23:00 UTC the most common rate of every"
          + " symbol is 0.00000625, half the earlier calm value. Modelled as a deployer"
          + " multiplier 0.5 on the whole rate; a halved interest alone would give the same calm"
          + " value and differ outside the dead zone, which the data (no premiums) cannot tell")
      .scaling(IntervalScaling.divideBy(16))
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID,
      "Hyperliquid HIP-3 (xyz deployer)", List.of(FULL, HALVED));

  private HyperliquidHip3() {}
}
