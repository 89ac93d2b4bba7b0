package dev.fundingkit.core.rate;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A funding rate: a fraction of position value paid per settlement interval, always with its
 * interval. {@code -0.0307%/8h} is a rate of {@code -0.000307} every eight hours.
 *
 * <p>Sign: <b>positive, longs pay shorts; negative, shorts pay longs</b>. A rate without its
 * interval is meaningless (an hourly 0.01% is eight times an 8-hourly 0.01%), so this type
 * never separates the two: compare or combine rates from different venues only after
 * {@link #rescaleTo(Duration)} or {@link #perHour()}.
 *
 * <p>Rescaling is linear (simple): {@code 0.01%/8h} is {@code 0.00125%/1h}. This is how venues
 * scale rates between intervals (Binance's ÷(8/N), Hyperliquid's one-eighth per hour).
 *
 * <p>Validation: the value must be finite ({@code -0.0} is stored as {@code 0.0}); the interval
 * must be positive. {@code null} gets {@link NullPointerException}, anything else bad
 * {@link IllegalArgumentException} naming the parameter and the value.
 *
 * <p>{@link #toString()} writes the exact value in percent with the short interval
 * ({@code -0.0307%/8h}) and {@link #parse(CharSequence)} reads it back to an equal object.
 *
 * <p>Immutable and thread-safe.
 */
public final class FundingRate implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private final double value;
  private final Duration interval;

  private FundingRate(double value, Duration interval) {
    this.value = ArgChecks.finite("value", value);
    this.interval = ArgChecks.positive("interval", interval);
  }

  /**
   * A rate given as a fraction per interval ({@code 0.0001} is 1 bp).
   *
   * @param value the fraction of position value per interval, finite
   * @param interval the settlement interval, positive
   * @return the rate
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or the interval is
   *     not positive
   */
  public static FundingRate of(double value, Duration interval) {
    return new FundingRate(value, interval);
  }

  /**
   * A rate given in percent per interval ({@code ofPercent(0.01, 8h)} is 1 bp per 8 h).
   *
   * @param percent the percent per interval, finite
   * @param interval the settlement interval, positive
   * @return the rate
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code percent} is NaN or infinite, or the interval
   *     is not positive
   */
  public static FundingRate ofPercent(double percent, Duration interval) {
    ArgChecks.finite("percent", percent);
    return new FundingRate(
        new BigDecimal(Double.toString(percent)).movePointLeft(2).doubleValue(), interval);
  }

  /**
   * A rate given in basis points per interval ({@code ofBasisPoints(1, 8h)} is 0.01% per 8 h).
   *
   * @param basisPoints the basis points per interval, finite
   * @param interval the settlement interval, positive
   * @return the rate
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code basisPoints} is NaN or infinite, or the
   *     interval is not positive
   */
  public static FundingRate ofBasisPoints(double basisPoints, Duration interval) {
    ArgChecks.finite("basisPoints", basisPoints);
    return new FundingRate(
        new BigDecimal(Double.toString(basisPoints)).movePointLeft(4).doubleValue(), interval);
  }

  /**
   * Parses {@code VALUE/INTERVAL}: the value in percent ({@code -0.0307%}), basis points
   * ({@code 1bp}) or as a plain fraction ({@code -0.000307}); the interval as in
   * {@link FundingIntervals#parse(CharSequence)} ({@code 8h}, {@code PT8H}).
   *
   * @param text the text, such as {@code -0.0307%/8h}
   * @return the rate
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have that form or a part is invalid
   */
  public static FundingRate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int slash = s.lastIndexOf('/');
    if (slash <= 0 || slash == s.length() - 1) {
      throw new IllegalArgumentException(
          "text must look like -0.0307%/8h, was '" + text + "'");
    }
    String number = s.substring(0, slash).trim();
    Duration interval = FundingIntervals.parse(s.substring(slash + 1));
    int shift = 0;
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).trim();
      shift = 2;
    } else if (number.toLowerCase(java.util.Locale.ROOT).endsWith("bp")) {
      number = number.substring(0, number.length() - 2).trim();
      shift = 4;
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "text must start with a decimal number, was '" + text + "'", e);
    }
    return new FundingRate(decimal.movePointLeft(shift).doubleValue(), interval);
  }

  /**
   * The fraction of position value per interval.
   *
   * @return the value, never NaN, never {@code -0.0}
   */
  public double value() {
    return value;
  }

  /**
   * The value in percent per interval.
   *
   * @return {@code value × 100}
   */
  public double percent() {
    return new BigDecimal(Double.toString(value)).movePointRight(2).doubleValue();
  }

  /**
   * The value in basis points per interval.
   *
   * @return {@code value × 10,000}
   */
  public double basisPoints() {
    return new BigDecimal(Double.toString(value)).movePointRight(4).doubleValue();
  }

  /**
   * The settlement interval the value is paid over.
   *
   * @return the positive interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * A copy with another value and the same interval.
   *
   * @param newValue the fraction per interval, finite
   * @return the new rate
   * @throws IllegalArgumentException if {@code newValue} is NaN or infinite
   */
  public FundingRate withValue(double newValue) {
    return new FundingRate(newValue, interval);
  }

  /**
   * A copy with the same value and another interval, <em>without</em> rescaling the value: use
   * it to relabel a rate whose interval was wrong. To convert, use {@link #rescaleTo(Duration)}.
   *
   * @param newInterval the interval, positive
   * @return the new rate
   * @throws NullPointerException if {@code newInterval} is null
   * @throws IllegalArgumentException if {@code newInterval} is not positive
   */
  public FundingRate withInterval(Duration newInterval) {
    return new FundingRate(value, newInterval);
  }

  /**
   * The same economics over another interval, scaled linearly:
   * {@code value × target / interval}. {@code 0.01%/8h} rescaled to {@code 1h} is
   * {@code 0.00125%/1h}.
   *
   * @param target the interval to express the rate in, positive
   * @return the rescaled rate
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  public FundingRate rescaleTo(Duration target) {
    ArgChecks.positive("target", target);
    if (target.equals(interval)) {
      return this;
    }
    return new FundingRate(
        value * FundingIntervals.hours(target) / FundingIntervals.hours(interval), target);
  }

  /**
   * The rate per hour, {@code rescaleTo(1h)}.
   *
   * @return the hourly rate
   */
  public FundingRate perHour() {
    return rescaleTo(ONE_HOUR);
  }

  /**
   * How many of this rate's intervals fit in a 365-day year.
   *
   * @return {@code 8760 / intervalHours}
   */
  public double periodsPerYear() {
    return FundingIntervals.periodsPerYear(interval);
  }

  /**
   * The yearly figure under a stated convention.
   *
   * @param basis simple ({@code value × periodsPerYear}) or compound
   * @return the fraction per 365-day year
   * @throws NullPointerException if {@code basis} is null
   * @throws IllegalArgumentException for {@link AnnualizationBasis#COMPOUND} with a value
   *     of −1 or less, or when the yearly figure overflows a double ({@code 100%/1s}
   *     compounded)
   */
  public double annualize(AnnualizationBasis basis) {
    Objects.requireNonNull(basis, "basis");
    return basis.annualize(value, periodsPerYear());
  }

  /**
   * Who pays whom at settlement.
   *
   * @return the direction for the sign of this rate
   */
  public PaymentDirection direction() {
    return PaymentDirection.of(value);
  }

  /**
   * The funding cash flow of one side at one settlement, from that side's point of view:
   * negative when it pays, positive when it receives. For the same position value the long's
   * and the short's cash flows sum to exactly zero.
   *
   * @param side the position side
   * @param positionValue the position's value (mark price × size), zero or more
   * @return the signed cash flow, in the position value's currency
   * @throws NullPointerException if {@code side} is null
   * @throws IllegalArgumentException if {@code positionValue} is negative, NaN or infinite
   */
  public double cashFlow(PositionSide side, double positionValue) {
    Objects.requireNonNull(side, "side");
    ArgChecks.nonNegative("positionValue", positionValue);
    double paidByLong = positionValue * value;
    return (side == PositionSide.LONG ? -paidByLong : paidByLong) + 0.0;
  }

  /**
   * The opposite rate over the same interval.
   *
   * @return {@code -value} per the same interval
   */
  public FundingRate negated() {
    return new FundingRate(-value, interval);
  }

  /**
   * Whether longs pay shorts.
   *
   * @return {@code value > 0}
   */
  public boolean isPositive() {
    return value > 0;
  }

  /**
   * Whether shorts pay longs.
   *
   * @return {@code value < 0}
   */
  public boolean isNegative() {
    return value < 0;
  }

  /**
   * Equal value (bit for bit) and equal interval. {@code 0.01%/8h} is not equal to
   * {@code 0.00125%/1h}: compare after rescaling.
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingRate)) {
      return false;
    }
    FundingRate other = (FundingRate) obj;
    return Double.compare(value, other.value) == 0 && interval.equals(other.interval);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(value) + interval.hashCode();
  }

  /**
   * The exact value in percent with the short interval, such as {@code -0.0307%/8h}; read back
   * by {@link #parse(CharSequence)}.
   */
  @Override
  public String toString() {
    String percent =
        new BigDecimal(Double.toString(value)).movePointRight(2).stripTrailingZeros()
            .toPlainString();
    return percent + "%/" + FundingIntervals.format(interval);
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingRate is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double value;
    private final Duration interval;

    SerializedForm(FundingRate source) {
      this.value = source.value;
      this.interval = source.interval;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return FundingRate.of(value, interval);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid FundingRate: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
