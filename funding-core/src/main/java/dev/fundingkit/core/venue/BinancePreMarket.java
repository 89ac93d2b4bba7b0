package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PublishedPrecision;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Binance USDⓈ-M pre-market perpetuals: the data behind
 * {@link FundingConventions#BINANCE_USDM_PRE_MARKET}.
 */
final class BinancePreMarket {

  static final String ID = "binance-usdm-pre-market";

  static final FundingRuleVersion RULE = FundingRuleVersion.builder(ID, Instant.parse("2025-10-10T07:15:00Z"))
      .formula("F = 0.005% per 4 h, fixed (no premium during pre-market)")
      .published("Binance pre-market perpetual launch announcements (0GUSDT, CCUSDT; MONUSDT"
          + " pre-market from 2025-10-10 07:15 UTC): 'funding rate +0.005% per funding interval'")
      .gaps("pre-market contracts have no premium index")
      .defaultInterval(Duration.ofHours(4))
      .interest(InterestComponent.fixed(0.00005, Duration.ofHours(4)))
      .band(FixedRateBand.INSTANCE)
      .scaling(IntervalScaling.NONE)
      .defaultCap(FundingCap.none())
      .precision(PublishedPrecision.of(8, RoundingMode.HALF_UP))
      .intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Binance USDⓈ-M pre-market", List.of(RULE));

  private BinancePreMarket() {}
}
