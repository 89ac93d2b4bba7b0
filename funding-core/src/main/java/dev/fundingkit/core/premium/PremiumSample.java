package dev.fundingkit.core.premium;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.time.Instant;
import java.util.Objects;

/**
 * One premium-index reading at an instant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time when the premium was sampled
 * @param premium the premium as a fraction of the index, finite ({@code -0.0} stored as
 *     {@code 0.0})
 */
public record PremiumSample(Instant time, double premium) implements Serializable {

  /**
   * Validates the sample.
   *
   * @param time when the premium was sampled
   * @param premium the premium as a fraction of the index, finite
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code premium} is NaN or infinite
   */
  public PremiumSample {
    Objects.requireNonNull(time, "time");
    premium = ArgChecks.finite("premium", premium);
  }

  /**
   * A sample at an instant.
   *
   * @param time when the premium was sampled
   * @param premium the premium as a fraction of the index, finite
   * @return the sample
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException if {@code premium} is NaN or infinite
   */
  public static PremiumSample of(Instant time, double premium) {
    return new PremiumSample(time, premium);
  }
}
