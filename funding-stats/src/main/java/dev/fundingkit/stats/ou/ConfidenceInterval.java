package dev.fundingkit.stats.ou;

/**
 * A closed confidence interval {@code [lower, upper]} for a non-negative quantity such as θ
 * or a half-life. The upper bound may be {@code +∞} when the data cannot bound the quantity
 * from above (a half-life whose interval reaches a unit root, or a θ whose interval reaches
 * reversion faster than the sampling); NaN is never stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, finite and {@code >= 0}
 * @param upper the upper bound, {@code >= lower}, possibly {@code +∞}
 */
public record ConfidenceInterval(double lower, double upper) implements java.io.Serializable {

  /**
   * Validates the bounds.
   *
   * @param lower the lower bound, finite and {@code >= 0}
   * @param upper the upper bound, {@code >= lower}, possibly {@code +∞}
   * @throws IllegalArgumentException naming the bad bound and its value
   */
  public ConfidenceInterval {
    if (!(lower >= 0) || lower == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("lower must be finite and >= 0, was " + lower);
    }
    if (!(upper >= lower)) {
      throw new IllegalArgumentException("upper must be >= lower (" + lower + "), was " + upper);
    }
    lower = lower + 0.0;
  }

  /**
   * The interval {@code [lower, upper]}.
   *
   * @param lower the lower bound, finite and {@code >= 0}
   * @param upper the upper bound, {@code >= lower}, possibly {@code +∞}
   * @return the interval
   * @throws IllegalArgumentException naming the bad bound and its value
   */
  public static ConfidenceInterval of(double lower, double upper) {
    return new ConfidenceInterval(lower, upper);
  }

  /**
   * Whether the upper bound is finite.
   *
   * @return true unless {@code upper} is {@code +∞}
   */
  public boolean isBounded() {
    return upper != Double.POSITIVE_INFINITY;
  }

  /**
   * Whether the closed interval contains a value.
   *
   * @param value the value ({@code +∞} lies in an unbounded interval)
   * @return {@code lower <= value <= upper}; false for NaN, which lies in no interval
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * The interval of {@code k/x} for x in this interval (half-life from θ and back):
   * {@code [k/upper, k/lower]}, with {@code k/∞ = 0} and {@code k/0 = ∞}.
   *
   * @param k a positive finite constant such as {@code ln 2}
   * @return the reciprocal interval scaled by k
   * @throws IllegalArgumentException if {@code k} is not positive and finite
   */
  public ConfidenceInterval reciprocal(double k) {
    if (!(k > 0) || k == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("k must be > 0 and finite, was " + k);
    }
    double lo = upper == Double.POSITIVE_INFINITY ? 0.0 : k / upper;
    double hi = lower == 0 ? Double.POSITIVE_INFINITY : k / lower;
    return new ConfidenceInterval(lo, hi);
  }

  /**
   * The interval with both bounds multiplied by a positive factor (a change of time unit).
   *
   * @param factor a positive finite factor
   * @return {@code [lower·factor, upper·factor]}
   * @throws IllegalArgumentException if {@code factor} is not positive and finite
   */
  public ConfidenceInterval scaledBy(double factor) {
    if (!(factor > 0) || factor == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("factor must be > 0 and finite, was " + factor);
    }
    return new ConfidenceInterval(lower * factor, upper * factor);
  }
}
