package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** dYdX v4 perpetuals: the data behind {@link FundingConventions#DYDX}. */
final class Dydx {

  static final String ID = "dydx";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2023-10-26T00:00:00Z"))
      .formula("F8h = clamp(P + default_funding_ppm, ±600% × (IMF − MMF)), F1h = F8h / 8;"
          + " P = hourly mean (zero-padded to 60) of per-minute medians of block votes")
      .published("dydxprotocol/v4-chain @84d4664b (2026-03-04): x/perpetuals/keeper/perpetual.go,"
          + " x/perpetuals/funding/funding.go, lib; docs concepts/trading/funding")
      .defaultInterval(Duration.ofHours(1))
      .interest(InterestComponent.NONE)
      .band(PremiumBand.NONE)
      .scaling(IntervalScaling.ONE_EIGHTH)
      .capStage(CapStage.BEFORE_SCALING)
      .marginCapRule(MarginCapRule.spread(6))
      .averaging(AveragingScheme.DYDX_MEDIAN_THEN_MEAN)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.ORACLE)
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "dYdX v4", List.of(RULE));

  private Dydx() {}
}
