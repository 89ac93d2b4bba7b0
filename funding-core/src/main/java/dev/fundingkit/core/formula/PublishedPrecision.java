package dev.fundingkit.core.formula;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a venue publishes a rate: a number of decimal places and a rounding mode, producing the
 * string the venue's API shows ({@code 8dp HALF_UP}: {@code -0.00307} becomes
 * {@code "-0.00307000"}). No venue documents its rounding mode, so the mode is stated with
 * each venue's convention.
 *
 * <p>Rounding starts from the double's shortest decimal form ({@link Double#toString(double)}),
 * so {@code 0.000125} rounds as the decimal it reads as. A value that rounds to zero is
 * published without a sign. {@link #unrounded()} publishes the shortest decimal form in plain
 * notation.
 *
 * <p>Immutable and thread-safe, with value equality.
 */
public final class PublishedPrecision implements Serializable {

  private static final PublishedPrecision UNROUNDED = new PublishedPrecision(-1, null);

  private final int decimals;
  private final RoundingMode mode;

  private PublishedPrecision(int decimals, RoundingMode mode) {
    this.decimals = decimals;
    this.mode = mode;
  }

  /**
   * A fixed number of decimal places.
   *
   * @param decimals the decimal places of the fraction, 0 to 18 (Binance 8)
   * @param mode how to round, not {@link RoundingMode#UNNECESSARY}
   * @return the precision
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if {@code decimals} is out of range or the mode is
   *     {@code UNNECESSARY}
   */
  public static PublishedPrecision of(int decimals, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (decimals < 0 || decimals > 18) {
      throw new IllegalArgumentException("decimals must be in [0, 18], was " + decimals);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("mode must round, was " + mode);
    }
    return new PublishedPrecision(decimals, mode);
  }

  /**
   * No rounding: the shortest decimal form of the double, in plain notation.
   *
   * @return the unrounded precision
   */
  public static PublishedPrecision unrounded() {
    return UNROUNDED;
  }

  /**
   * Whether rates are published unrounded.
   *
   * @return {@code true} for {@link #unrounded()}
   */
  public boolean isUnrounded() {
    return decimals < 0;
  }

  /**
   * The decimal places.
   *
   * @return the decimal places, or −1 when unrounded
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The rounding mode.
   *
   * @return the mode; {@link RoundingMode#UNNECESSARY} when unrounded
   */
  public RoundingMode mode() {
    return mode == null ? RoundingMode.UNNECESSARY : mode;
  }

  /**
   * The rate as the venue publishes it.
   *
   * @param rate the rate, a finite fraction
   * @return the plain decimal string, such as {@code "0.00010000"}
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite
   */
  public String publish(double rate) {
    return decimal(rate).toPlainString();
  }

  /**
   * The published value as a double.
   *
   * @param rate the rate, a finite fraction
   * @return the double nearest the published decimal
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite
   */
  public double round(double rate) {
    return decimal(rate).doubleValue() + 0.0;
  }

  private BigDecimal decimal(double rate) {
    if (!Double.isFinite(rate)) {
      throw new IllegalArgumentException("rate must be finite, was " + rate);
    }
    BigDecimal value = BigDecimal.valueOf(rate + 0.0);
    return isUnrounded() ? value : value.setScale(decimals, mode);
  }

  /** Same decimals and mode. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PublishedPrecision)) {
      return false;
    }
    PublishedPrecision other = (PublishedPrecision) obj;
    return decimals == other.decimals && mode == other.mode;
  }

  @Override
  public int hashCode() {
    return 31 * decimals + Objects.hashCode(mode);
  }

  /** {@code 8dp HALF_UP} or {@code unrounded}. */
  @Override
  public String toString() {
    return isUnrounded() ? "unrounded" : decimals + "dp " + mode;
  }

  /**
   * Reads the form {@link #toString()} writes (ASCII spellings accepted: {@code +-} for
   * {@code ±}, {@code x} for {@code ×}, {@code /} for {@code ÷}), such as {@code 8dp HALF_UP}.
   *
   * @param text the text
   * @return the part
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the accepted forms if the text has none of them
   */
  public static PublishedPrecision parse(CharSequence text) {
    return PartText.precision(text);
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PublishedPrecision is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int decimals;
    private final RoundingMode mode;

    SerializedForm(PublishedPrecision source) {
      this.decimals = source.decimals;
      this.mode = source.mode;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        if (decimals == -1 && mode == null) {
          return PublishedPrecision.unrounded();
        }
        return PublishedPrecision.of(decimals, mode);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid PublishedPrecision: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
