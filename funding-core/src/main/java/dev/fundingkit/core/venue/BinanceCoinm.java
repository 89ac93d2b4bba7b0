package dev.fundingkit.core.venue;

import dev.fundingkit.core.formula.IntervalScaling;
import java.time.Instant;
import java.util.List;

/** Binance COIN-M perpetuals: the data behind {@link FundingConventions#BINANCE_COINM}. */
final class BinanceCoinm {

  static final String ID = "binance-coinm";

  static final FundingRuleVersion UNSCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2023-01-01T00:00:00Z"))
      .from(BinanceUsdm.UNSCALED)
      .published("Binance FAQ 'Introduction to Binance Futures Funding Rates'"
          + " https://www.binance.com/en/support/faq/detail/360033525031 (COIN-M: IMN = 200 USD"
          + " / IMR); first settlement in the shared data (BTCUSD_PERP, 2023-01-01)")
      .build();

  static final FundingRuleVersion SCALED = FundingRuleVersion.builder(ID,
          Instant.parse("2025-09-18T08:01:00Z"))
      .from(BinanceUsdm.SCALED)
      .assumed("Binance announcement 2025-09-16 'Important Updates on Funding Rate Formula and"
          + " Mark Price Calculation of Futures Contracts' (effective 2025-09-18 08:01 UTC; the"
          + " title covers futures contracts and the mark-price part names COIN-M; that the"
          + " ÷(8/N) part applies to COIN-M is unconfirmed, so it is assumed to, as on USDⓈ-M)")
      .scaling(IntervalScaling.PER_8H)
      .build();

  static final FundingConvention CONVENTION =
      new VenueConvention(ID, "Binance COIN-M", List.of(UNSCALED, SCALED));

  private BinanceCoinm() {}
}
