package dev.fundingkit.core.venue;

/** The price a venue values a position at when it charges funding. */
public enum PaymentPrice {

  /** The venue's mark price (Binance, Bybit, OKX, Bitget, Gate, BitMEX, Deribit, Kraken). */
  MARK,

  /** The oracle price (Hyperliquid, dYdX v4). */
  ORACLE,

  /** The spot index price (HTX: "settled at the index price"). */
  INDEX
}
