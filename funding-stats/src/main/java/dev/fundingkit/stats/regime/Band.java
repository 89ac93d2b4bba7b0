package dev.fundingkit.stats.regime;

/**
 * A closed range {@code [low, high]} of a feature's values; an infinite end means unbounded on
 * that side ({@link #atMost(double)}, {@link #atLeast(double)}, {@link #any()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param low the smallest value in the band, not NaN ({@code -∞} for no lower bound)
 * @param high the largest value in the band, not NaN, {@code >= low} ({@code +∞} for none)
 */
public record Band(double low, double high) implements java.io.Serializable {

  /**
   * Validates the band.
   *
   * @param low the smallest value in the band, not NaN
   * @param high the largest value in the band, not NaN, {@code >= low}
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public Band {
    if (Double.isNaN(low) || low == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("low must be a number or -Infinity, was " + low);
    }
    if (Double.isNaN(high) || high == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("high must be a number or Infinity, was " + high);
    }
    if (high < low) {
      throw new IllegalArgumentException("high must be >= low " + low + ", was " + high);
    }
    low = low + 0.0;
    high = high + 0.0;
  }

  /**
   * The values from {@code low} to {@code high}, both included.
   *
   * @param low the smallest value, finite
   * @param high the largest value, finite, {@code >= low}
   * @return the band
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static Band between(double low, double high) {
    // Finite, as documented: an open end is atMost/atLeast, said explicitly.
    if (Double.isInfinite(low)) {
      throw new IllegalArgumentException("low must be finite, was " + low);
    }
    if (Double.isInfinite(high)) {
      throw new IllegalArgumentException("high must be finite, was " + high);
    }
    return new Band(low, high);
  }

  /**
   * The values up to {@code high}, included.
   *
   * @param high the largest value, not NaN
   * @return the band
   * @throws IllegalArgumentException if {@code high} is NaN or {@code -∞}
   */
  public static Band atMost(double high) {
    return new Band(Double.NEGATIVE_INFINITY, high);
  }

  /**
   * The values from {@code low} up, included.
   *
   * @param low the smallest value, not NaN
   * @return the band
   * @throws IllegalArgumentException if {@code low} is NaN or {@code +∞}
   */
  public static Band atLeast(double low) {
    return new Band(low, Double.POSITIVE_INFINITY);
  }

  /**
   * Every value: a feature the signature does not constrain.
   *
   * @return the unbounded band
   */
  public static Band any() {
    return new Band(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Whether a value lies in the band.
   *
   * @param value the value
   * @return {@code low <= value <= high}; false for NaN
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /**
   * Whether the band constrains nothing.
   *
   * @return true for {@link #any()}
   */
  public boolean isAny() {
    return low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY;
  }

  /** {@code any}, {@code <= high}, {@code >= low} or {@code [low, high]}. */
  @Override
  public String toString() {
    if (isAny()) {
      return "any";
    }
    if (low == Double.NEGATIVE_INFINITY) {
      return "<= " + high;
    }
    if (high == Double.POSITIVE_INFINITY) {
      return ">= " + low;
    }
    return "[" + low + ", " + high + "]";
  }
}
