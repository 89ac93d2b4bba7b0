package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.InterestComponent;
import dev.fundingkit.core.formula.IntervalScaling;
import dev.fundingkit.core.formula.PremiumBand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Deribit perpetuals: the data behind {@link FundingConventions#DERIBIT}. */
final class Deribit {

  static final String ID = "deribit";

  private static final String CONTINUOUS = "continuous funding: the 8-hour rate follows the"
      + " instantaneous premium (mark − index) / index, so it has no averaging scheme or"
      + " sampling cadence; pass the premium of the instant";

  static final FundingRuleVersion WIDE_DAMPER = FundingRuleVersion.builder(ID,
          Instant.parse("2020-01-01T00:00:00Z"))
      .formula("F8h = clamp(max(0.05%, PR) + min(−0.05%, PR), floor, cap), PR = (mark − index)"
          + " / index; paid continuously, F8h × size × held / 8 h")
      .published("Deribit Insights 'Perpetual swap funding' https://insights.deribit.com/education/"
          + "perpetual-swap-funding/ (2020) and https://www.deribit.com/pages/docs/perpetual")
      .gaps(CONTINUOUS)
      .defaultInterval(Duration.ofHours(8))
      .interest(InterestComponent.NONE)
      .band(PremiumBand.damper(0.0005))
      .scaling(IntervalScaling.NONE)
      .window(PremiumWindow.INSTANTANEOUS).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
      .accrual(Accrual.CONTINUOUS).settlementAnchor(LocalTime.of(8, 0))
      .build();

  static final FundingRuleVersion NARROW_DAMPER = FundingRuleVersion.builder(ID,
          Instant.parse("2024-01-01T00:00:00Z"))
      .from(WIDE_DAMPER)
      .formula("F8h = clamp(max(0.025%, PR) + min(−0.025%, PR), floor, cap), PR = (mark −"
          + " index) / index; paid continuously, F8h × size × held / 8 h")
      .assumed("Deribit support 'Funding Specifications' https://support.deribit.com/hc/en-us/"
          + "articles/31424939178397-Funding-Specifications (read 2026); switch date not"
          + " published, 2024-01-01 chosen")
      .band(PremiumBand.damper(0.00025))
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Deribit", List.of(WIDE_DAMPER, NARROW_DAMPER));

  private Deribit() {}
}
