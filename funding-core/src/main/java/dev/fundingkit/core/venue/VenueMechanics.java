package dev.fundingkit.core.venue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every venue's {@link FundingMechanics} versions, by venue id. */
final class VenueMechanics {

  private static final Instant BINANCE_FROM = Instant.parse("2019-09-13T00:00:00Z");

  /** Binance's real-time figure averages the last N hours ("at 09:00, 01:00–09:00"). */
  private static final List<FundingMechanics> BINANCE_USDM = List.of(
      FundingMechanics.builder(BinanceUsdm.ID, BINANCE_FROM)
          .window(PremiumWindow.ROLLING).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
          .build());

  private static final List<FundingMechanics> BINANCE_COINM = List.of(
      FundingMechanics.builder(BinanceCoinm.ID, BinanceCoinm.UNSCALED.effectiveFrom())
          .window(PremiumWindow.ROLLING).intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
          .build());

  private static final List<FundingMechanics> BINANCE_PRE_MARKET = List.of(
      FundingMechanics.builder(BinancePreMarket.ID, BinancePreMarket.RULE.effectiveFrom())
          .intervalsAhead(0).paymentPrice(PaymentPrice.MARK)
          .gaps("pre-market contracts have no premium index")
          .build());

  /** The hour's simple mean runs from the top of the hour. */
  private static final List<FundingMechanics> HYPERLIQUID = List.of(
      FundingMechanics.builder(Hyperliquid.ID, Hyperliquid.RULE.effectiveFrom())
          .window(PremiumWindow.ANCHORED).intervalsAhead(0).paymentPrice(PaymentPrice.ORACLE)
          .build());

  private static final Map<String, List<FundingMechanics>> BY_ID = Map.ofEntries(
      Map.entry(BinanceUsdm.ID, BINANCE_USDM),
      Map.entry(BinanceCoinm.ID, BINANCE_COINM),
      Map.entry(BinancePreMarket.ID, BINANCE_PRE_MARKET),
      Map.entry(Hyperliquid.ID, HYPERLIQUID),
      Map.entry(Bybit.ID, Bybit.MECHANICS),
      Map.entry(Okx.ID, Okx.MECHANICS),
      Map.entry(Bitmex.ID, Bitmex.MECHANICS),
      Map.entry(Deribit.ID, Deribit.MECHANICS),
      Map.entry(Dydx.ID, Dydx.MECHANICS),
      Map.entry(Kraken.ID, Kraken.MECHANICS),
      Map.entry(Bitget.ID, Bitget.MECHANICS),
      Map.entry(Gate.ID, Gate.MECHANICS),
      Map.entry(Htx.ID, Htx.MECHANICS),
      Map.entry(Coinbase.ID, Coinbase.MECHANICS));

  private VenueMechanics() {}

  static List<FundingMechanics> of(String venueId) {
    List<FundingMechanics> versions = BY_ID.get(venueId);
    if (versions == null) {
      throw new UnknownFundingRuleException(venueId, "no settlement mechanics on record");
    }
    return versions;
  }
}
