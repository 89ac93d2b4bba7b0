package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** KuCoin Futures perpetuals: the data behind {@link FundingConventions#KUCOIN}. */
final class Kucoin {

  static final String ID = "kucoin";

  /** The BitMEX-family clamp the 2021-2023 settlements follow. */
  static final FundingRuleVersion CLAMP = FundingRuleVersion.builder(ID,
          Instant.parse("2021-01-01T04:00:00Z"))
      .formula("F = clamp(P + clamp(I − P, ±0.05%), ±0.75 × (IM − MM)), I = 0.01% per 8 h;"
          + " settled 04:00, 12:00, 20:00 UTC")
      .inferredFromData("supervik-multivenue kucoin XBTUSDTM/ETHUSDTM 2021-01-01..2023-12-31:"
          + " 1,645 and 1,330 of 3,285 settlements exactly 0.0001 (the calm value of the clamp"
          + " with I = 0.01% per 8 h), every settlement at 04/12/20 UTC, no rate with more than 6"
          + " decimals; cap rule from KuCoin's 'Funding Rate Upgrades Plan' announcement"
          + " (0.75 × (IM − MM)); schedule and mark-price valuation from KuCoin support"
          + " 'Funding Fees' https://www.kucoin.com/support/26686295987353")
      .defaultInterval(Duration.ofHours(8))
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4)))
      .settlementAnchor(LocalTime.of(4, 0))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .marginCapRule(MarginCapRule.SPREAD_75)
      .precision(PublishedPrecision.of(6, RoundingMode.HALF_UP))
      .paymentPrice(PaymentPrice.MARK)
      .gaps("KuCoin does not publish the averaging or sampling of the 2021-2023 rule")
      .build();

  private static final String MA_SOURCE = "KuCoin announcement 'KuCoin Futures Funding Rate"
      + " Upgrades Plan' https://www.kucoin.com/announcement/en-kucoin-futures-funding-rate-"
      + "upgrades-plan (undated in the copy found): its start is not published, so the day"
      + " after the last clamp-rule settlement of the shared data is assumed. Its interest"
      + " ('0.06% daily' USDT-margined in the copy found) contradicts the 0.01% calm value, so"
      + " the interest and band are left unknown. From 2025-11-27 08:00 UTC XRPUSDCM, SUIUSDCM,"
      + " SOLUSDM, PENGUUSDTM, NMRUSDTM and ZRCUSDTM returned to the clamp with linear minute"
      + " weights (announcement 2025-11-24); give them as a rules file";

  /** The moving-average formula of the upgrades plan; interest and band unknown. */
  static final FundingRuleVersion MOVING_AVERAGE = FundingRuleVersion.builder(ID,
          Instant.parse("2024-01-01T04:00:00Z"))
      .formula("F = clamp(MA((best bid + best ask) / 2 − index) / index + I, ±0.75 × (IM −"
          + " MM)), MA over the cycle's minutes")
      .assumed(MA_SOURCE)
      .gaps("KuCoin's moving-average rule has no consistent published interest or start")
      .defaultInterval(Duration.ofHours(8))
      .settlementIntervals(CLAMP.settlementIntervals())
      .settlementAnchor(LocalTime.of(4, 0))
      .scaling(IntervalScaling.NONE)
      .marginCapRule(MarginCapRule.SPREAD_75)
      .precision(PublishedPrecision.of(6, RoundingMode.HALF_UP))
      .paymentPrice(PaymentPrice.MARK)
      .build();

  static final FundingConvention CONVENTION = new VenueConvention(ID, "KuCoin Futures",
      List.of(CLAMP, MOVING_AVERAGE));

  private Kucoin() {}
}
