package dev.fundingkit.examples.report;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.series.FundingSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is made from: a funding series (settlement instants and the rates settled,
 * each with its own interval), where it came from, whether it is synthetic, and optionally a
 * spot price series (needed for the "negative funding while spot rises" regime).
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class ReportData {

  private final String name;
  private final String source;
  private final boolean synthetic;
  private final Instant[] times;
  private final FundingRate[] rates;
  private final Instant[] spotTimes;
  private final double[] spotPrices;
  private final double[] perpPrices;

  private ReportData(String name, String source, boolean synthetic, Instant[] times,
      FundingRate[] rates, Instant[] spotTimes, double[] spotPrices, double[] perpPrices) {
    this.name = name;
    this.source = source;
    this.synthetic = synthetic;
    this.times = times;
    this.rates = rates;
    this.spotTimes = spotTimes;
    this.spotPrices = spotPrices;
    this.perpPrices = perpPrices;
  }

  /**
   * A funding series without spot prices.
   *
   * @param name a short name for titles, such as {@code BTCUSDT}
   * @param source where the data came from, one or more sentences
   * @param synthetic whether the data is synthetic rather than market data
   * @param times settlement instants, strictly increasing, at least 2
   * @param rates the rate settled at each instant, with its interval
   * @return the data
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the times are not strictly increasing, the lengths
   *     differ, there are fewer than 2 points, or a text is blank
   */
  public static ReportData of(String name, String source, boolean synthetic, Instant[] times,
      FundingRate[] rates) {
    Objects.requireNonNull(rates, "rates");
    Instant[] t = ArgChecks.strictlyIncreasing("times", times).clone();
    FundingRate[] r = rates.clone();
    if (r.length != t.length) {
      throw new IllegalArgumentException(
          "rates must have length " + t.length + ", was " + r.length);
    }
    if (t.length < 2) {
      throw new IllegalArgumentException("times must hold at least 2 settlements, was "
          + t.length);
    }
    for (int i = 0; i < r.length; i++) {
      Objects.requireNonNull(r[i], "rates[" + i + "]");
    }
    return new ReportData(text("name", name), text("source", source), synthetic, t, r, null,
        null, null);
  }

  /**
   * Market data whose intervals are not stated: each settlement's interval is inferred from
   * the spacing by core's {@link dev.fundingkit.core.schedule.IntervalInference} (a whole
   * multiple of the interval is missing rows unless the next step confirms it as a new
   * interval; jitter and odd late settlements keep the interval).
   *
   * @param name a short name for titles
   * @param source where the data came from
   * @param times settlement instants, strictly increasing, at least 2
   * @param values the rate settled at each instant, a fraction per its interval, finite
   * @return the data, not synthetic
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the times are not strictly increasing, the lengths
   *     differ, there are fewer than 2 points, a value is not finite or a text is blank
   *     (also when no step between settlements is a funding interval: a whole-minute divisor
   *     of a day, within a minute)
   */
  public static ReportData inferringIntervals(String name, String source, Instant[] times,
      double[] values) {
    Objects.requireNonNull(values, "values");
    ArgChecks.strictlyIncreasing("times", times);
    if (values.length != times.length) {
      throw new IllegalArgumentException(
          "values must have length " + times.length + ", was " + values.length);
    }
    long[] millis = new long[times.length];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = times[i].toEpochMilli();
    }
    // Core's one interval inference, through the series (no rule of the report's own).
    FundingSeries series = FundingSeries.inferred(millis, values);
    FundingRate[] rates = new FundingRate[values.length];
    for (int i = 0; i < values.length; i++) {
      rates[i] = series.get(i);
    }
    return of(name, source, false, times, rates);
  }

  /**
   * The built-in synthetic demonstration data ({@link DemoData}), with its spot path.
   *
   * @return the data
   */
  public static ReportData demo() {
    DemoData demo = DemoData.get();
    return of("BTC-like demo", DemoData.LABEL + ". 8-hourly funding " + DemoData.START
            + " onwards, generated by FundingKit's own OU simulator (premium index) and Binance"
            + " USDⓈ-M formula, with three documented injected episodes.",
        true, demo.times(), demo.rates())
        .withSpot(demo.times(), demo.spotPrices());
  }

  /**
   * A copy with a spot price series.
   *
   * @param times spot instants, strictly increasing
   * @param prices spot prices, finite and positive, one per instant
   * @return the copy
   * @throws NullPointerException if an array or element is null
   * @throws IllegalArgumentException if the times are not increasing, lengths differ, or a
   *     price is not positive
   */
  public ReportData withSpot(Instant[] times, double[] prices) {
    Instant[] t = ArgChecks.strictlyIncreasing("times", times).clone();
    double[] p = ArgChecks.allFinite("prices", prices).clone();
    if (p.length != t.length) {
      throw new IllegalArgumentException(
          "prices must have length " + t.length + ", was " + p.length);
    }
    for (int i = 0; i < p.length; i++) {
      ArgChecks.positive("prices[" + i + "]", p[i]);
    }
    return new ReportData(name, source, synthetic, this.times, rates, t, p, perpPrices);
  }

  /**
   * A copy with the perpetual's price at each settlement (its mark price), for the backtest's
   * basis P&amp;L and payment values.
   *
   * @param prices one per settlement, finite and positive
   * @return the copy
   * @throws NullPointerException if {@code prices} is null
   * @throws IllegalArgumentException if the length differs or a price is not positive
   */
  public ReportData withPerpPrices(double[] prices) {
    double[] p = ArgChecks.allFinite("prices", prices).clone();
    if (p.length != times.length) {
      throw new IllegalArgumentException(
          "prices must have length " + times.length + ", was " + p.length);
    }
    for (int i = 0; i < p.length; i++) {
      ArgChecks.positive("prices[" + i + "]", p[i]);
    }
    return new ReportData(name, source, synthetic, times, rates, spotTimes, spotPrices, p);
  }

  /**
   * The perpetual's price at each settlement.
   *
   * @return a copy, one per settlement, or empty without perp prices
   */
  public Optional<double[]> perpPrices() {
    return Optional.ofNullable(perpPrices).map(double[]::clone);
  }

  /**
   * The spot price in force at each settlement: the latest spot print at or before it, if
   * one is no older than that settlement's interval.
   *
   * @return one per settlement, or empty without spot data or when a settlement has no
   *     recent spot print (the basis cannot then be judged)
   */
  public Optional<double[]> spotAtSettlements() {
    if (spotTimes == null) {
      return Optional.empty();
    }
    double[] out = new double[times.length];
    int j = -1;
    for (int i = 0; i < times.length; i++) {
      while (j + 1 < spotTimes.length && !spotTimes[j + 1].isAfter(times[i])) {
        j++;
      }
      if (j < 0 || spotTimes[j].isBefore(times[i].minus(rates[i].interval()))) {
        return Optional.empty();
      }
      out[i] = spotPrices[j];
    }
    return Optional.of(out);
  }

  /**
   * The short name for titles.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Where the data came from.
   *
   * @return one or more sentences
   */
  public String source() {
    return source;
  }

  /**
   * Whether the data is synthetic.
   *
   * @return true for generated data
   */
  public boolean synthetic() {
    return synthetic;
  }

  /**
   * The number of settlements.
   *
   * @return at least 2
   */
  public int size() {
    return times.length;
  }

  /**
   * The settlement instants.
   *
   * @return a copy, strictly increasing
   */
  public Instant[] times() {
    return times.clone();
  }

  /**
   * The settled rates.
   *
   * @return a copy, one per instant
   */
  public FundingRate[] rates() {
    return rates.clone();
  }

  /**
   * The interval shared by every rate.
   *
   * @return the interval, or empty when the series changes interval
   */
  public Optional<Duration> commonInterval() {
    Duration first = rates[0].interval();
    for (FundingRate r : rates) {
      if (!r.interval().equals(first)) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  /**
   * The first settlement whose interval differs from the one before, described for an error
   * message.
   *
   * @return e.g. {@code "from 8h to 4h at 2025-01-01T00:00:00Z"}, or empty when none does
   */
  public Optional<String> firstIntervalChange() {
    for (int i = 1; i < rates.length; i++) {
      if (!rates[i].interval().equals(rates[i - 1].interval())) {
        return Optional.of("from " + FundingIntervals.format(rates[i - 1].interval()) + " to "
            + FundingIntervals.format(rates[i].interval()) + " at " + times[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * The spot instants.
   *
   * @return a copy, or empty without spot data
   */
  public Optional<Instant[]> spotTimes() {
    return Optional.ofNullable(spotTimes).map(Instant[]::clone);
  }

  /**
   * The spot prices.
   *
   * @return a copy, or empty without spot data
   */
  public Optional<double[]> spotPrices() {
    return Optional.ofNullable(spotPrices).map(double[]::clone);
  }

  private static String text(String param, String value) {
    Objects.requireNonNull(value, param);
    if (value.isBlank()) {
      throw new IllegalArgumentException(param + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ReportData[" + name + ", " + times.length + " settlements " + times[0] + " .. "
        + times[times.length - 1] + (synthetic ? ", synthetic" : "")
        + (spotTimes == null ? "" : ", with spot")
        + (perpPrices == null ? "" : ", with perp prices") + "]";
  }
}
