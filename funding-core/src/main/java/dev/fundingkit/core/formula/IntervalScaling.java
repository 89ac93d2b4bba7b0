package dev.fundingkit.core.formula;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.time.Duration;

/**
 * How the raw rate, defined on a reference interval (usually 8 h), becomes the rate a symbol
 * pays per settlement: a multiplier that depends on the symbol's interval.
 *
 * <ul>
 *   <li>{@link #NONE}: the raw rate is paid as is (Binance before 2025-09-18, Bybit, BitMEX).
 *   <li>{@link #PER_8H}: {@code ÷ (8/N)} for an N-hour interval (Binance from 2025-09-18 08:01,
 *       Bitget from 2025-09-22, Gate, OKX formula C). An 8-hour symbol is unchanged.
 *   <li>{@link #ONE_EIGHTH}: one eighth of an 8-hour rate paid every hour (Hyperliquid, dYdX).
 *   <li>{@link #ONE_TWENTY_FOURTH}: ÷ 24, a 24-hour realisation paid hourly (Kraken).
 * </ul>
 *
 * <p>Every multiplier is positive, so scaling keeps the order and sign of rates. Scaling by
 * {@code N/8} leaves the annualised economics unchanged: an N-hour rate annualised over N-hour
 * periods equals the 8-hour rate annualised over 8-hour periods. Implementations are
 * immutable and thread-safe, with value equality.
 */
public interface IntervalScaling extends Serializable {

  /** No scaling: multiplier 1. */
  IntervalScaling NONE = new FixedDivisor(1);

  /** {@code ÷ (8/N)}: multiplier {@code N/8} for an N-hour interval. */
  IntervalScaling PER_8H = new ProportionalScaling(Duration.ofHours(8));

  /** {@code ÷ 8} whatever the interval: an 8-hour rate paid hourly in eighths. */
  IntervalScaling ONE_EIGHTH = new FixedDivisor(8);

  /** {@code ÷ 24} whatever the interval: Kraken's 24-hour realisation, paid hourly. */
  IntervalScaling ONE_TWENTY_FOURTH = new FixedDivisor(24);

  /**
   * Multiplier {@code interval / reference}: the raw rate is a rate per {@code reference}.
   *
   * @param reference the interval the raw rate is defined on, positive
   * @return the scaling
   * @throws NullPointerException if {@code reference} is null
   * @throws IllegalArgumentException if {@code reference} is not positive
   */
  static IntervalScaling proportional(Duration reference) {
    return new ProportionalScaling(ArgChecks.positive("reference", reference));
  }

  /**
   * Multiplier {@code 1 / divisor} whatever the interval.
   *
   * @param divisor the divisor, finite and positive
   * @return the scaling
   * @throws IllegalArgumentException if {@code divisor} is NaN, infinite, zero or negative
   */
  static IntervalScaling divideBy(double divisor) {
    return new FixedDivisor(ArgChecks.positive("divisor", divisor));
  }

  /**
   * The multiplier applied to the raw rate for a symbol settling every {@code interval}.
   *
   * @param interval the symbol's funding interval, positive
   * @return the positive multiplier
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  double factor(Duration interval);

  /**
   * Scales a rate: {@code rate × factor(interval)}.
   *
   * @param rate the raw rate, a finite fraction
   * @param interval the symbol's funding interval, positive
   * @return the scaled rate
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive, {@code rate} is NaN
   *     or infinite, or the scaled rate overflows (the library's overflow rule)
   */
  default double scale(double rate, Duration interval) {
    ArgChecks.finite("rate", rate);
    double scaled = rate * factor(interval) + 0.0;
    if (!Double.isFinite(scaled)) {
      throw new FundingOverflowException("rate " + rate + " scaled to "
          + dev.fundingkit.core.rate.FundingIntervals.format(interval) + " overflows, was "
          + scaled);
    }
    return scaled;
  }

  /**
   * Reads the form the {@code toString()} of the library's parts writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code ÷(8h/N)} or {@code ÷8}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  static IntervalScaling parse(CharSequence text) {
    return PartText.scaling(text);
  }
}
