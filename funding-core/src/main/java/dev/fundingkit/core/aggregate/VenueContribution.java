package dev.fundingkit.core.aggregate;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.util.Objects;

/**
 * A venue's part in an aggregate: its rate as read, the same rate on the common interval, and
 * its normalised weight. Immutable and thread-safe.
 *
 * @param venue the venue id
 * @param rate the rate as read, on the venue's interval
 * @param normalised the rate rescaled to the aggregate's common interval
 * @param weight the normalised weight, in {@code (0, 1]}
 */
public record VenueContribution(
    String venue, FundingRate rate, FundingRate normalised, double weight) implements Serializable {

  /**
   * Validates the components.
   *
   * @param venue the venue id
   * @param rate the rate as read
   * @param normalised the rate on the common interval
   * @param weight the normalised weight, in {@code (0, 1]}
   * @throws NullPointerException if {@code venue}, {@code rate} or {@code normalised} is null
   * @throws IllegalArgumentException if {@code weight} is outside {@code (0, 1]}
   */
  public VenueContribution {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(normalised, "normalised");
    ArgChecks.finite("weight", weight);
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1], was " + weight);
    }
  }
}
