package dev.fundingkit.core.aggregate;

import java.io.Serializable;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cross-venue funding rate at an instant, with every venue that contributed (its weight and
 * normalised rate) and every venue that did not (with the reason). Immutable and thread-safe.
 *
 * @param at the aggregation instant
 * @param rate the weighted rate, on the common interval
 * @param weighting how the venues were weighted
 * @param contributions the contributing venues, by venue id; never empty
 * @param exclusions the excluded venues, by venue id
 */
public record AggregatedFunding(Instant at, FundingRate rate, Weighting weighting,
    List<VenueContribution> contributions, List<VenueExclusion> exclusions) implements Serializable {

  /**
   * Validates the components and copies the lists.
   *
   * @param at the aggregation instant
   * @param rate the weighted rate
   * @param weighting the weighting
   * @param contributions the contributing venues, not empty, all normalised to
   *     {@code rate.interval()}
   * @param exclusions the excluded venues
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if {@code contributions} is empty or a contribution's
   *     normalised interval differs from the rate's
   */
  public AggregatedFunding {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(weighting, "weighting");
    contributions = List.copyOf(contributions);
    exclusions = List.copyOf(exclusions);
    if (contributions.isEmpty()) {
      throw new IllegalArgumentException("contributions must not be empty, was []");
    }
    for (VenueContribution c : contributions) {
      if (!c.normalised().interval().equals(rate.interval())) {
        throw new IllegalArgumentException("contributions must be normalised to "
            + rate.interval() + ", was " + c);
      }
    }
  }
}
