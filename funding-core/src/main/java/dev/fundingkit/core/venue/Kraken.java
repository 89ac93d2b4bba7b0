package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.premium.AveragingScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Kraken Futures perpetuals: the data behind {@link FundingConventions#KRAKEN}. */
final class Kraken {

  static final String ID = "kraken";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2022-06-28T00:00:00Z"))
      .formula("F1h = clamp(P / 24, ±0.25%), P = the hour's average premium; no interest, no"
          + " damper; the rate for the next hour is set from the current hour")
      .published("Kraken support 'Inverse futures contract specifications'"
          + " https://support.kraken.com/hc/en-us/articles/360022835911 (examples 1-3), linear"
          + " multi-collateral specs …/4844359082772, historical-funding-rates API doc")
      .gaps("Kraken does not publish the premium sampling cadence")
      .defaultInterval(Duration.ofHours(1))
      .interest(InterestComponent.NONE)
      .band(PremiumBand.NONE)
      .scaling(IntervalScaling.ONE_TWENTY_FOURTH)
      .defaultCap(FundingCap.symmetric(0.0025))
      .averaging(AveragingScheme.SIMPLE_MEAN)
      .window(PremiumWindow.ANCHORED).intervalsAhead(1).paymentPrice(PaymentPrice.INDEX)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Kraken Futures", List.of(RULE));

  private Kraken() {}
}
