package dev.fundingkit.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The input formats {@link FundingReader} reads, each named as on the command line
 * ({@code --format NAME}). Without a format the reader detects one from the header (CSV) or
 * the shape of the payload (JSON).
 */
public enum InputFormat {

  /** Any CSV with a header row, read by column names (time, rate, optional interval). */
  CSV("csv", null, "any CSV by column names"),
  /** Any JSON array of objects, read by field names as a CSV is. */
  JSON("json", null, "any JSON array of objects by field names"),
  /**
   * Binance public-data monthly funding files ({@code data.binance.vision},
   * {@code BTCUSDT-fundingRate-2024-01.zip}): {@code calc_time,funding_interval_hours,
   * last_funding_rate}; the interval is declared by its column, the symbol by the file name.
   */
  BINANCE_PUBLIC_DATA("binance-public-data", "binance-usdm",
      "Binance public-data monthly funding zip/CSV"),
  /** Binance REST {@code GET /fapi/v1/fundingRate}: {@code symbol,fundingTime,fundingRate}. */
  BINANCE_FUNDING_RATE("binance-funding-rate", "binance-usdm",
      "Binance REST /fapi/v1/fundingRate JSON"),
  /**
   * Bybit v5 {@code GET /v5/market/funding/history} ({@code result.list} of
   * {@code symbol,fundingRate,fundingRateTimestamp}), or a CSV export with those columns.
   */
  BYBIT_FUNDING_HISTORY("bybit-funding-history", "bybit", "Bybit v5 funding/history JSON or CSV"),
  /**
   * OKX {@code GET /api/v5/public/funding-rate-history} ({@code data} of
   * {@code instId,fundingRate,realizedRate,fundingTime}); the settled {@code fundingRate} by
   * default, {@code realizedRate} as a separate {@code REALIZED} series.
   */
  OKX_FUNDING_RATE_HISTORY("okx-funding-rate-history", "okx",
      "OKX funding-rate-history JSON"),
  /**
   * Hyperliquid info {@code fundingHistory}: an array of {@code coin,fundingRate,premium,time};
   * hourly, declared by the venue.
   */
  HYPERLIQUID_FUNDING_HISTORY("hyperliquid-funding-history", "hyperliquid",
      "Hyperliquid fundingHistory JSON (hourly)"),
  /**
   * dYdX v4 indexer {@code GET /v4/historicalFunding/{ticker}} ({@code historicalFunding} of
   * {@code ticker,rate,price,effectiveAt}); hourly, declared by the venue.
   */
  DYDX_HISTORICAL_FUNDING("dydx-historical-funding", "dydx",
      "dYdX v4 indexer historicalFunding JSON (hourly)"),
  /**
   * Deribit {@code public/get_funding_rate_history} ({@code result} of
   * {@code timestamp,interest_1h,interest_8h,index_price}): the rate is {@code interest_1h},
   * per hour; {@code interest_8h} is a trailing 8-hour sum sampled hourly, not a rate per
   * settlement, and is never read as one.
   */
  DERIBIT_FUNDING_RATE_HISTORY("deribit-funding-rate-history", "deribit",
      "Deribit get_funding_rate_history JSON (interest_1h)"),
  /**
   * Kraken Futures {@code GET /derivatives/api/v3/historical-funding-rates} ({@code rates} of
   * {@code timestamp,fundingRate,relativeFundingRate}): the rate is
   * {@code relativeFundingRate}; {@code fundingRate} is an absolute amount per contract.
   */
  KRAKEN_HISTORICAL_FUNDING_RATES("kraken-historical-funding-rates", "kraken",
      "Kraken Futures historical-funding-rates JSON (relativeFundingRate)"),
  /**
   * CCXT's unified {@code fetchFundingRateHistory} result saved as JSON or CSV:
   * {@code symbol,timestamp,fundingRate,info[,datetime]}.
   */
  CCXT_FUNDING_RATE_HISTORY("ccxt-funding-rate-history", null,
      "CCXT fetchFundingRateHistory export, JSON or CSV");

  private final String id;
  private final String venue;
  private final String description;

  InputFormat(String id, String venue, String description) {
    this.id = id;
    this.venue = venue;
    this.description = description;
  }

  /**
   * The name used on the command line, such as {@code bybit-funding-history}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * A one-line description for help texts.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The FundingKit venue id a payload of this format comes from, or null for venue-neutral
   * formats.
   *
   * @return the venue id, or null
   */
  String venue() {
    return venue;
  }

  /**
   * The format named by its id or constant name, ignoring case.
   *
   * @param text such as {@code okx-funding-rate-history} or {@code CSV}
   * @return the format
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if no format has that name (the message lists them)
   */
  public static InputFormat parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    for (InputFormat f : values()) {
      if (f.id.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
        return f;
      }
    }
    StringBuilder names = new StringBuilder("auto");
    for (InputFormat f : values()) {
      names.append(", ").append(f.id);
    }
    throw new IllegalArgumentException("format must be one of " + names + ", was "
        + Cells.quote(s));
  }

  /** The id, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return id;
  }

  /** The id in lower case, for messages. */
  String label() {
    return id.toLowerCase(Locale.ROOT);
  }
}
