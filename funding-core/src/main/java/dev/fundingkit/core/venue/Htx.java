package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** HTX (Huobi) perpetual swaps: the data behind {@link FundingConventions#HTX}. */
final class Htx {

  static final String ID = "htx";

  private static final String BAND = "the 'premium deviation' limits are not given as numbers"
      + " in the sources found; ±0.05% (the BitMEX-family band every peer venue uses) is"
      + " assumed";

  private static final String FORMULA_2025 = "HTX announcement 'HTX to update the funding rate"
      + " formula for USDT-M futures' https://www.htx.com/ru-ru/support/85017279125896"
      + " (effective 2025-11-18 09:00 UTC+3 = 06:00 UTC), which quotes the formula before and"
      + " after; help centre 'Funding Calculation', section 'How the Funding Rate Is Calculated'"
      + " https://www.htx.com/en-us/support/900001326466";

  static final FundingRuleVersion PREVIOUS_PERIOD = FundingRuleVersion.builder(ID,
          Instant.parse("2021-01-01T00:00:00Z"))
      .formula("F = clamp[P + clamp(I − P, ±premium deviation), floor, cap], I = 0.01% per"
          + " 8 h ('comprehensive interest rate'); computed from the previous period's average"
          + " premium and fixed at the period start")
      .assumed("Formula as quoted 'before the update' by " + FORMULA_2025 + "; I = 0.01% per"
          + " 8 h from the data (supervik-multivenue htx BTC-USDT 1,687 and ETH-USDT 1,662 of"
          + " 3,284 settlements 2021-2023 exactly 0.0001); " + BAND + "; timing per HTX"
          + " support 900001326466 (USDT-M) and 900000106903 (coin-M)")
      .defaultInterval(Duration.ofHours(8))
      .settlementIntervals(List.of(Duration.ofHours(8), Duration.ofHours(4), Duration.ofHours(1)))
      .interest(InterestComponent.fixed(0.0001, Duration.ofHours(8)))
      .band(PremiumBand.DEFAULT_CLAMP)
      .scaling(IntervalScaling.NONE)
      .gaps("HTX does not publish its premium averaging weights or sampling cadence; pass the"
          + " average premium")
      .window(PremiumWindow.ANCHORED).intervalsAhead(1).paymentPrice(PaymentPrice.INDEX)
      .build();

  static final FundingRuleVersion SAME_PERIOD = FundingRuleVersion.builder(ID,
          Instant.parse("2024-01-08T08:00:00Z"))
      .from(PREVIOUS_PERIOD)
      .formula("F = clamp[P + clamp(I − P, ±premium deviation), floor, cap], I = 0.01% per"
          + " 8 h; settled at T from the average premium of the period ending at T")
      .assumed("Timing: HTX notice https://htx.com/en-in/support/44958157384677 (from the"
          + " 2024-01-08 08:00 UTC settlement); formula as quoted 'before the update' by "
          + FORMULA_2025 + "; " + BAND)
      .intervalsAhead(0)
      .build();

  static final FundingRuleVersion SCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2025-11-18T06:00:00Z"))
      .from(SAME_PERIOD)
      .formula("F = clamp{[P + clamp(0.01% − P, ±premium deviation)] / (8/N), floor, cap}")
      .assumed(FORMULA_2025 + "; " + BAND)
      .scaling(IntervalScaling.PER_8H)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "HTX", List.of(PREVIOUS_PERIOD, SAME_PERIOD, SCALED));

  private Htx() {}
}
