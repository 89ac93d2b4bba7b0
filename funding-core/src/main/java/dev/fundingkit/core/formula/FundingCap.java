package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The cap and floor on a funding rate: {@code F = min(cap, max(floor, F))}. Symmetric
 * (Binance BTCUSDT ±0.3%), asymmetric (a venue may set floor and cap apart), or none.
 *
 * <p>Validation: bounds are finite with {@code floor ≤ 0 ≤ cap} and {@code floor < cap}; a
 * cap that excluded zero would force one side to pay even at zero premium. Bad values get
 * {@link IllegalArgumentException} naming the parameter and the value. {@link #none()} has
 * infinite bounds, which only it can have.
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class FundingCap implements Serializable {

  private static final FundingCap NONE =
      new FundingCap(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  private final double floor;
  private final double cap;

  private FundingCap(double floor, double cap) {
    this.floor = floor;
    this.cap = cap;
  }

  /**
   * No cap and no floor.
   *
   * @return the unbounded cap
   */
  public static FundingCap none() {
    return NONE;
  }

  /**
   * A symmetric cap {@code ±cap}.
   *
   * @param cap the largest absolute rate, a fraction, finite and positive (0.003 is ±0.3%)
   * @return the cap
   * @throws IllegalArgumentException if {@code cap} is NaN, infinite, zero or negative
   */
  public static FundingCap symmetric(double cap) {
    ArgChecks.positive("cap", cap);
    return new FundingCap(-cap, cap);
  }

  /**
   * An asymmetric floor and cap.
   *
   * @param floor the lowest rate, a fraction, finite and at most zero
   * @param cap the highest rate, a fraction, finite, at least zero and above {@code floor}
   * @return the cap
   * @throws IllegalArgumentException if a bound is NaN or infinite, {@code floor > 0},
   *     {@code cap < 0}, or {@code floor == cap}
   */
  public static FundingCap of(double floor, double cap) {
    floor = ArgChecks.finite("floor", floor);
    cap = ArgChecks.finite("cap", cap);
    if (floor > 0) {
      throw new IllegalArgumentException("floor must be <= 0, was " + floor);
    }
    if (cap < 0) {
      throw new IllegalArgumentException("cap must be >= 0, was " + cap);
    }
    if (floor == cap) {
      throw new IllegalArgumentException("cap must be above floor " + floor + ", was " + cap);
    }
    return new FundingCap(floor, cap);
  }

  /**
   * The lowest rate allowed.
   *
   * @return the floor, at most zero; negative infinity for {@link #none()}
   */
  public double floor() {
    return floor;
  }

  /**
   * The highest rate allowed.
   *
   * @return the cap, at least zero; positive infinity for {@link #none()}
   */
  public double cap() {
    return cap;
  }

  /**
   * Whether this is {@link #none()}.
   *
   * @return {@code true} when neither bound applies
   */
  public boolean isNone() {
    return this.equals(NONE);
  }

  /**
   * Whether the bounds are {@code ±c} for some {@code c}.
   *
   * @return {@code floor == −cap}
   */
  public boolean isSymmetric() {
    return floor == -cap;
  }

  /**
   * Bounds a rate.
   *
   * @param rate the rate, a finite fraction
   * @return {@code min(cap, max(floor, rate))}
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite (a NaN would pass
   *     through the min/max unbounded, silently)
   */
  public double apply(double rate) {
    ArgChecks.finite("rate", rate);
    return Math.min(cap, Math.max(floor, rate)) + 0.0;
  }

  /**
   * Whether the rate lies strictly outside the bounds, so that {@link #apply(double)} changes
   * it.
   *
   * @param rate the rate, a finite fraction
   * @return {@code rate > cap || rate < floor}
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite
   */
  public boolean binds(double rate) {
    ArgChecks.finite("rate", rate);
    return rate > cap || rate < floor;
  }

  /**
   * A cap with both bounds multiplied by a positive factor (a cap on an 8-hour rate seen from
   * a 1-hour rate is {@code scaledBy(1.0 / 8)}).
   *
   * @param factor the multiplier, finite and positive
   * @return the scaled cap; {@link #none()} stays none
   * @throws IllegalArgumentException if {@code factor} is NaN, infinite, zero or negative
   */
  public FundingCap scaledBy(double factor) {
    ArgChecks.positive("factor", factor);
    return isNone() ? this : new FundingCap(floor * factor + 0.0, cap * factor + 0.0);
  }

  /** Same bounds, bit for bit. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingCap)) {
      return false;
    }
    FundingCap other = (FundingCap) obj;
    return Double.compare(floor, other.floor) == 0 && Double.compare(cap, other.cap) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(floor) + Double.hashCode(cap);
  }

  /**
   * {@code none}, {@code ±0.3%} or {@code [-0.5%, 0.3%]}.
   */
  @Override
  public String toString() {
    if (isNone()) {
      return "none";
    }
    if (isSymmetric()) {
      return "±" + percent(cap);
    }
    return "[" + percent(floor) + ", " + percent(cap) + "]";
  }

  private static String percent(double value) {
    return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * Reads the form {@link #toString()} writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code ±0.3%}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  public static FundingCap parse(CharSequence text) {
    return PartText.cap(text);
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingCap is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double floor;
    private final double cap;

    SerializedForm(FundingCap source) {
      this.floor = source.floor;
      this.cap = source.cap;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        if (floor == Double.NEGATIVE_INFINITY && cap == Double.POSITIVE_INFINITY) {
          return FundingCap.none();
        }
        return FundingCap.of(floor, cap);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid FundingCap: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
