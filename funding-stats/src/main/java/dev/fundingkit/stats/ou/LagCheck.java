package dev.fundingkit.stats.ou;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One lag of a {@link ModelAdequacy} check: the θ implied by the sample autocorrelation at
 * that lag, {@code −ln ρ̂(k)/(kΔ)}, and the 95% band it would fall in if the fitted OU were
 * the truth.
 *
 * @param lag the lag k·Δ
 * @param impliedTheta the implied θ per hour, empty when {@code ρ̂(k) <= 0}
 * @param band the 95% band of the implied θ under the fitted OU (per hour; upper end may be ∞)
 */
public record LagCheck(Duration lag, OptionalDouble impliedTheta, ConfidenceInterval band) implements java.io.Serializable {

  /**
   * Validates the check.
   *
   * @param lag the lag, positive
   * @param impliedTheta the implied θ, possibly empty
   * @param band the band
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code lag} is not positive
   */
  public LagCheck {
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(impliedTheta, "impliedTheta");
    Objects.requireNonNull(band, "band");
    if (lag.isNegative() || lag.isZero()) {
      throw new IllegalArgumentException("lag must be positive, was " + lag);
    }
  }

  /**
   * Whether the implied θ lies in the band (an empty θ, from {@code ρ̂ <= 0}, counts as
   * inside when the band reaches ∞).
   *
   * @return true when this lag is consistent with the fitted OU
   */
  public boolean consistent() {
    return impliedTheta.isPresent() ? band.contains(impliedTheta.getAsDouble())
        : band.upper() == Double.POSITIVE_INFINITY;
  }

  // OptionalDouble is not serializable: the record is written through a proxy holding a NaN
  // for "absent", and read back through the canonical constructor.
  private Object writeReplace() {
    return new Proxy(lag, impliedTheta.isPresent() ? impliedTheta.getAsDouble() : Double.NaN,
        band);
  }

  /** The serial form of a lag check. */
  private static final class Proxy implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Duration lag;
    private final double impliedTheta;
    private final ConfidenceInterval band;

    Proxy(Duration lag, double impliedTheta, ConfidenceInterval band) {
      this.lag = lag;
      this.impliedTheta = impliedTheta;
      this.band = band;
    }

    private Object readResolve() {
      return new LagCheck(lag, Double.isNaN(impliedTheta) ? java.util.OptionalDouble.empty()
          : java.util.OptionalDouble.of(impliedTheta), band);
    }
  }
}
