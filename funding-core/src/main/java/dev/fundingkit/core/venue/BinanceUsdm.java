package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.CapStage;
import dev.fundingkit.core.formula.FundingCap;
import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.MarginCapRule;
import dev.fundingkit.core.formula.PremiumBand;
import dev.fundingkit.core.formula.PublishedPrecision;
import dev.fundingkit.core.premium.AveragingScheme;
import java.math.RoundingMode;
import dev.fundingkit.core.schedule.IntervalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Binance USDⓈ-M perpetuals: the data behind {@link FundingConventions#BINANCE_USDM}. */
final class BinanceUsdm {

  static final String ID = "binance-usdm";

  private static final String FAQ = "Binance FAQ 'Introduction to Binance Futures Funding Rates'"
      + " https://www.binance.com/en/support/faq/detail/360033525031";

  /** Before the ÷(8/N) change: the formula of the FAQ since the 2019 copy. */
  static final FundingRuleVersion UNSCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2019-09-13T00:00:00Z"))
      .formula("F = clamp(P + clamp(I − P, ±0.05%), floor, cap), I = 0.03%/day prorated"
          + " (0.01% per 8 h, 0.005% per 4 h, 0.00125% per 1 h)")
      .published(FAQ + " (2019 copy: 'interest rate 0.03% daily'; caps: FAQ 0.75×MMR);"
          + " proration confirmed by zushen-crossvenue funding_binance.csv.gz: every 4 h symbol's"
          + " most common published rate before 2025-09-18 is 0.00005, none is 0.0001")
      .defaultInterval(Duration.ofHours(8))
      // §18 #2 resolved by the data (issue 10 #1): I is prorated, 0.03%/day × N/24.
      .interest(InterestComponent.prorated(0.0001, Duration.ofHours(8)))
      // Named 0%-interest symbols (FAQ / announcement exceptions; BNB calm value 0 in data).
      .symbolInterest("BNBUSDT", 0).symbolInterest("BNBUSDC", 0).symbolInterest("ETHBTC", 0)
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .capStage(CapStage.AFTER_SCALING)
      .defaultCap(FundingCap.none())
      .marginCapRule(MarginCapRule.MMR_75)
      .precision(PublishedPrecision.of(8, RoundingMode.HALF_UP))
      // §18 #3: linear weights for every interval, 1 h included; see BINANCE_USDM.
      .averaging(AveragingScheme.LINEAR_WEIGHTS)
      .sampleCadence(Duration.ofSeconds(5))
      .window(PremiumWindow.ROLLING).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .snapshotTolerance(Duration.ofSeconds(15))
      .intervalRules(IntervalRules.BINANCE_USDM)
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(1)))
      .build();

  /** From 2025-09-18 08:01 UTC the whole rate is divided by 8/N. */
  static final FundingRuleVersion SCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2025-09-18T08:01:00Z"))
      .from(UNSCALED)
      .formula("F = clamp([P + clamp(I − P, ±0.05%)] / (8/N), floor, cap)")
      .published("Binance announcement 2025-09-16 'Important Updates on Funding Rate Formula and"
          + " Mark Price Calculation of Futures Contracts' (effective 2025-09-18 08:01 UTC); "
          + FAQ)
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .scaling(IntervalScaling.PER_8H)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Binance USDⓈ-M", List.of(UNSCALED, SCALED));

  private BinanceUsdm() {}
}
