package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** BitMEX perpetuals: the data behind {@link FundingConventions#BITMEX}. */
final class Bitmex {

  static final String ID = "bitmex";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2016-05-13T00:00:00Z"))
      .formula("F = clamp(P + clamp(I − P, ±0.05%), ±0.75 × (IM − MM)), P = .XXXPI8H = mean of"
          + " 480 minute prints, I = (quote index − base index) / 3 or 0.01%; |ΔF| ≤ 0.75 × MM")
      .published("BitMEX Perpetual Contracts Guide https://www.bitmex.com/app/perpetualContractsGuide"
          + ", examples page, support article https://support.bitmex.com/hc/en-gb/articles/"
          + "24430352016157 (2025)")
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .marginCapRule(MarginCapRule.SPREAD_75)
      .precision(PublishedPrecision.of(6, RoundingMode.HALF_UP))
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .sampleCadence(Duration.ofMinutes(1))
      .window(PremiumWindow.ANCHORED).intervalsAhead(1).paymentPrice(PaymentPrice.MARK)
      .settlementAnchor(LocalTime.of(4, 0))
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(2)))
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "BitMEX", List.of(RULE));

  private Bitmex() {}
}
