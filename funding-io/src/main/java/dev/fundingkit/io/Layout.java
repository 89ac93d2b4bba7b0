package dev.fundingkit.io;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a format keeps each part of a row: candidate field names for time, rate, interval,
 * venue and symbol, and what the format itself declares (a fixed interval, a venue). Stateless.
 */
final class Layout {

  /** Time columns tried in order: UTC-named ones before wall-clock ones. */
  static final List<String> TIME = List.of("time_utc", "funding_time_utc", "timestamp_utc",
      "datetime_utc", "date_utc", "settlement_time_utc", "timestamp", "fundingTime",
      "fundingRateTimestamp", "funding_time", "calc_time", "time_ms", "funding_time_ms",
      "timestamp_ms", "settlement_ts", "settlement_time", "effectiveAt", "time", "datetime",
      "date");

  /** Rate columns tried in order. */
  static final List<String> VALUE = List.of("rate", "funding_rate", "fundingRate",
      "funding rate", "funding_rate_1h", "funding_rate_8h", "last_funding_rate", "rate_raw",
      "relativeFundingRate", "value");

  /** Interval columns tried in order; the unit is in the name or the cell. */
  static final List<String> INTERVAL = List.of("funding_interval_hours", "interval_hours",
      "fundingIntervalHours", "funding_interval", "fundingInterval", "interval");

  /** Venue columns tried in order. */
  static final List<String> VENUE = List.of("venue", "exchange");

  /** Symbol columns tried in order. */
  static final List<String> SYMBOL = List.of("symbol", "venue_symbol", "coin", "pair",
      "instId", "ticker", "instrument_name", "market");

  /** A column flagging predicted (not settled) rates. */
  static final List<String> PREDICTED = List.of("is_predicted", "predicted");

  /** Values of a predicted flag that mean "predicted". */
  static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "t");

  /** A rate column whose name states its interval: {@code funding_rate_1h}, {@code rate 8h}. */
  private static final Pattern NAMED_INTERVAL =
      Pattern.compile("(?i).*[_ \\-](\\d{1,2})h$");

  /** Binance public-data file names: {@code BTCUSDT-fundingRate-2024-01.csv}. */
  private static final Pattern PUBLIC_DATA_NAME =
      Pattern.compile("(?:.*[/!])?([A-Z0-9]+)-fundingRate-\\d{4}-\\d{2}(?:\\.csv|\\.zip)*$");

  final List<String> time;
  final List<String> value;
  final List<String> interval;
  final List<String> venueColumns;
  final List<String> symbol;
  final String venue;
  final Duration fixedInterval;
  final String fixedReason;

  private Layout(List<String> time, List<String> value, List<String> interval,
      List<String> venueColumns, List<String> symbol, String venue, Duration fixedInterval,
      String fixedReason) {
    this.time = time;
    this.value = value;
    this.interval = interval;
    this.venueColumns = venueColumns;
    this.symbol = symbol;
    this.venue = venue;
    this.fixedInterval = fixedInterval;
    this.fixedReason = fixedReason;
  }

  /** The layout of a format; OKX reads {@code realizedRate} when {@code realized}. */
  static Layout of(InputFormat format, boolean realized) {
    String v = format.venue();
    switch (format) {
      case BINANCE_PUBLIC_DATA:
        return new Layout(List.of("calc_time"), List.of("last_funding_rate"),
            List.of("funding_interval_hours"), List.of(), List.of(), v, null, null);
      case BINANCE_FUNDING_RATE:
        return new Layout(List.of("fundingTime"), List.of("fundingRate"), List.of(), List.of(),
            List.of("symbol"), v, null, null);
      case BYBIT_FUNDING_HISTORY:
        return new Layout(List.of("fundingRateTimestamp"), List.of("fundingRate"),
            List.of("fundingInterval", "fundingIntervalHours"), List.of(), List.of("symbol"), v,
            null, null);
      case OKX_FUNDING_RATE_HISTORY:
        return new Layout(List.of("fundingTime"),
            List.of(realized ? "realizedRate" : "fundingRate"), List.of(), List.of(),
            List.of("instId"), v, null, null);
      case HYPERLIQUID_FUNDING_HISTORY:
        return new Layout(List.of("time"), List.of("fundingRate", "funding_rate"), List.of(),
            List.of(), List.of("coin"), v, Duration.ofHours(1),
            "Hyperliquid settles hourly (fundingHistory)");
      case DYDX_HISTORICAL_FUNDING:
        return new Layout(List.of("effectiveAt"), List.of("rate"), List.of(), List.of(),
            List.of("ticker"), v, Duration.ofHours(1), "dYdX v4 settles hourly");
      case DERIBIT_FUNDING_RATE_HISTORY:
        return new Layout(List.of("timestamp"), List.of("interest_1h"), List.of(), List.of(),
            List.of("instrument_name"), v, Duration.ofHours(1),
            "Deribit's interest_1h is the funding over the hour");
      case KRAKEN_HISTORICAL_FUNDING_RATES:
        return new Layout(List.of("timestamp"), List.of("relativeFundingRate"), List.of(),
            List.of(), List.of("symbol"), v, null, null);
      case CCXT_FUNDING_RATE_HISTORY:
        return new Layout(List.of("timestamp", "datetime"), List.of("fundingRate"), List.of(),
            List.of(), List.of("symbol"), v, null, null);
      default:
        return new Layout(TIME, VALUE, INTERVAL, VENUE, SYMBOL, null, null, null);
    }
  }

  /** The interval a rate column's name states ({@code funding_rate_1h}), or null. */
  static Duration namedInterval(String column) {
    var m = NAMED_INTERVAL.matcher(column);
    if (!m.matches()) {
      return null;
    }
    int hours = Integer.parseInt(m.group(1));
    return hours > 0 && 24 % hours == 0 ? Duration.ofHours(hours) : null;
  }

  /** The symbol a Binance public-data file name states, or null. */
  static String symbolFromName(String name) {
    var m = PUBLIC_DATA_NAME.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** The format a payload's fields (and JSON envelope) show, or null for a generic one. */
  static InputFormat detect(RowSource src) {
    Set<String> f = new java.util.HashSet<>();
    for (String name : src.fields()) {
      f.add(name.toLowerCase(Locale.ROOT));
    }
    String env = src.envelope();
    if (f.contains("adjustedfundingratecap") || f.contains("fundingintervalhours")
        && !f.contains("fundingrate") && !f.contains("last_funding_rate")) {
      throw src.error(0, null, "is a Binance fundingInfo payload (intervals and caps per"
          + " symbol, no rates); read it with FundingInfo.read and pass its intervals to"
          + " FundingReader.withDeclaredIntervals");
    }
    if (f.contains("calc_time") && f.contains("last_funding_rate")) {
      return InputFormat.BINANCE_PUBLIC_DATA;
    }
    if (f.contains("fundingratetimestamp")) {
      return InputFormat.BYBIT_FUNDING_HISTORY;
    }
    if (f.contains("instid") && f.contains("fundingtime") && f.contains("fundingrate")) {
      return InputFormat.OKX_FUNDING_RATE_HISTORY;
    }
    if (env.equals("historicalFunding") || f.contains("effectiveat") && f.contains("ticker")) {
      return InputFormat.DYDX_HISTORICAL_FUNDING;
    }
    if (f.contains("interest_1h") || f.contains("interest_8h")) {
      return InputFormat.DERIBIT_FUNDING_RATE_HISTORY;
    }
    if (f.contains("relativefundingrate")) {
      return InputFormat.KRAKEN_HISTORICAL_FUNDING_RATES;
    }
    if (f.contains("symbol") && f.contains("timestamp") && f.contains("fundingrate")
        && f.contains("info")) {
      return InputFormat.CCXT_FUNDING_RATE_HISTORY;
    }
    if (src.isJson() && f.contains("symbol") && f.contains("fundingtime")
        && f.contains("fundingrate")) {
      return InputFormat.BINANCE_FUNDING_RATE;
    }
    if (src.isJson() && f.contains("coin") && f.contains("time") && f.contains("premium")
        && (f.contains("fundingrate") || f.contains("funding_rate"))) {
      return InputFormat.HYPERLIQUID_FUNDING_HISTORY;
    }
    return null;
  }
}
