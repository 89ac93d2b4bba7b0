package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.io.Serializable;
import java.time.Duration;

/**
 * The interest term {@code I} of {@code F = P + clamp(I − P, ±band)}: the rate that funding
 * settles at when the perpetual trades at its index (the difference between the quote and
 * base currencies' borrowing costs, usually fixed by the venue).
 *
 * <p>Three shapes exist. <b>Fixed</b>: the same {@code I} whatever the symbol's interval
 * (Binance, 0.01% per 8 h; since 2025-09-18 the whole rate is then scaled by
 * {@link IntervalScaling}). <b>Prorated</b>: {@code I} scales with the interval (Bybit,
 * 0.03%/day × N/24: 8 h 0.01%, 1 h 0.00125%). <b>Differential</b>: {@code (quote − base) / 3}
 * from daily lending rates (BitMEX, Bybit legacy; defined for 8-hour intervals).
 *
 * <p>Implementations are immutable and thread-safe, with value equality.
 */
public interface InterestComponent extends Serializable {

  /** No interest term ({@code I = 0}): Deribit, Kraken, OKX formula A, dYdX cross markets. */
  InterestComponent NONE = new FixedInterest(0.0, Duration.ofHours(8));

  /**
   * The same {@code I} for every interval: {@code fixed(0.0001, 8h)} is Binance's 0.01% per
   * 8 h, used unchanged for a 4-hour symbol.
   *
   * @param rate the interest per reference interval, a fraction, finite
   * @param per the reference interval the venue quotes it for, positive (descriptive only)
   * @return the component
   * @throws NullPointerException if {@code per} is null
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite, or {@code per} is
   *     not positive
   */
  static InterestComponent fixed(double rate, Duration per) {
    return new FixedInterest(ArgChecks.finite("rate", rate), ArgChecks.positive("per", per));
  }

  /**
   * {@code I} scaled linearly to the symbol's interval: {@code prorated(0.0003, 1d)} gives
   * 0.01% for 8 h and 0.00125% for 1 h (Bybit, Bitget before 2025-09-22, OKX formula B).
   *
   * @param rate the interest per reference interval, a fraction, finite
   * @param per the reference interval, positive
   * @return the component
   * @throws NullPointerException if {@code per} is null
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite, or {@code per} is
   *     not positive
   */
  static InterestComponent prorated(double rate, Duration per) {
    return new ProratedInterest(
        ArgChecks.finite("rate", rate), ArgChecks.positive("per", per));
  }

  /**
   * {@code I = (quote − base) / 3} from the daily interest rates of the quote and base
   * currencies (BitMEX, Bybit legacy: quote 0.06%, base 0.03% give 0.01%). The venues define
   * it for 8-hour intervals, and it is returned unchanged for any interval.
   *
   * @param quoteDailyRate the quote currency's daily interest rate, a fraction, finite
   * @param baseDailyRate the base currency's daily interest rate, a fraction, finite
   * @return the component
   * @throws IllegalArgumentException if a rate is NaN or infinite
   */
  static InterestComponent differential(double quoteDailyRate, double baseDailyRate) {
    return new InterestDifferential(
        ArgChecks.finite("quoteDailyRate", quoteDailyRate),
        ArgChecks.finite("baseDailyRate", baseDailyRate));
  }

  /**
   * The {@code I} that enters the formula for a symbol settling every {@code interval}.
   *
   * @param interval the symbol's funding interval, positive
   * @return the interest, a fraction
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  double rateFor(Duration interval);

  /**
   * The same kind of component with another rate: a prorated component stays prorated (a
   * 0.01%-per-8-h override of Bybit's interest is 0.005% for a 4-hour symbol), any other kind
   * becomes {@link #fixed(double, Duration)}.
   *
   * @param rate the interest per {@code per}, a finite fraction
   * @param per the reference interval, positive
   * @return the component
   * @throws NullPointerException if {@code per} is null
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite, or {@code per} is
   *     not positive
   */
  default InterestComponent withRate(double rate, Duration per) {
    return fixed(rate, per);
  }

  /**
   * Reads the form the {@code toString()} of the library's parts writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code fixed 0.01%/8h} or {@code prorated 0.01%/8h}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  static InterestComponent parse(CharSequence text) {
    return PartText.interest(text);
  }
}
