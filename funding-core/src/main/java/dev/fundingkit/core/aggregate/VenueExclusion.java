package dev.fundingkit.core.aggregate;

import java.io.Serializable;
import java.util.Objects;

/**
 * A venue left out of an aggregate, why, and the figures behind it. Immutable and thread-safe.
 *
 * @param venue the venue id
 * @param reason why it was left out
 * @param detail the figures, such as {@code "age PT2H > max PT1H"}
 */
public record VenueExclusion(String venue, ExclusionReason reason, String detail) implements Serializable {

  /**
   * Validates the components.
   *
   * @param venue the venue id
   * @param reason why it was left out
   * @param detail the figures
   * @throws NullPointerException if a component is null
   */
  public VenueExclusion {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code venue REASON (detail)}, as the aggregation's error message lists it. */
  @Override
  public String toString() {
    return venue + " " + reason + " (" + detail + ")";
  }
}
