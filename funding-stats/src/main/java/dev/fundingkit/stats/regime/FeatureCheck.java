package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * One feature of an episode checked against a signature's band: evidence for or against a
 * cause.
 *
 * <p>Immutable and thread-safe.
 *
 * @param feature the feature
 * @param observed the episode's value, in the band's unit, finite
 * @param expected the band the signature expects
 */
public record FeatureCheck(CauseFeature feature, double observed, Band expected) implements java.io.Serializable {

  /**
   * Validates the check.
   *
   * @param feature the feature
   * @param observed the episode's value, finite
   * @param expected the band the signature expects
   * @throws NullPointerException if {@code feature} or {@code expected} is null
   * @throws IllegalArgumentException if {@code observed} is not finite
   */
  public FeatureCheck {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(expected, "expected");
    observed = ArgChecks.finite("observed", observed);
  }

  /**
   * A check.
   *
   * @param feature the feature
   * @param observed the episode's value, finite
   * @param expected the band the signature expects
   * @return the check
   * @throws NullPointerException if {@code feature} or {@code expected} is null
   * @throws IllegalArgumentException if {@code observed} is not finite
   */
  public static FeatureCheck of(CauseFeature feature, double observed, Band expected) {
    return new FeatureCheck(feature, observed, expected);
  }

  /**
   * Whether the observed value lies in the expected band.
   *
   * @return {@code expected.contains(observed)}
   */
  public boolean matched() {
    return expected.contains(observed);
  }

  /** Such as {@code RATE -2.0E-4 in [-3.0E-4, -1.0E-4]} or {@code PRICE 0.05 not in <= 0.0}. */
  @Override
  public String toString() {
    return feature + " " + observed + (matched() ? " in " : " not in ") + expected;
  }
}
