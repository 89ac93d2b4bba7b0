package dev.fundingkit.core.aggregate;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Instant;
import java.util.Objects;

/**
 * One venue's funding rate as observed at an instant, with the sizes that weight it.
 * Immutable and thread-safe.
 *
 * @param venue the venue id, such as {@code binance-usdm}; not blank
 * @param rate the venue's rate on its own interval
 * @param observedAt when the reading was taken
 * @param openInterest the venue's open interest in a common currency, zero or more
 * @param volume the venue's traded volume over a common window, zero or more
 */
public record VenueReading(
    String venue, FundingRate rate, Instant observedAt, double openInterest, double volume) implements Serializable {

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param rate the venue's rate
   * @param observedAt when the reading was taken
   * @param openInterest open interest, zero or more
   * @param volume volume, zero or more
   * @throws NullPointerException if {@code venue}, {@code rate} or {@code observedAt} is null
   * @throws IllegalArgumentException if {@code venue} is blank, or a size is negative, NaN or
   *     infinite
   */
  public VenueReading {
    Objects.requireNonNull(venue, "venue");
    if (venue.isBlank()) {
      throw new IllegalArgumentException("venue must not be blank, was '" + venue + "'");
    }
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(observedAt, "observedAt");
    openInterest = ArgChecks.nonNegative("openInterest", openInterest);
    volume = ArgChecks.nonNegative("volume", volume);
  }

  /**
   * A reading with its weights.
   *
   * @param venue the venue id, not blank
   * @param rate the venue's rate
   * @param observedAt when the reading was taken
   * @param openInterest open interest, zero or more
   * @param volume volume, zero or more
   * @return the reading
   * @throws NullPointerException if {@code venue}, {@code rate} or {@code observedAt} is null
   * @throws IllegalArgumentException if {@code venue} is blank, or a size is negative, NaN or
   *     infinite
   */
  public static VenueReading of(String venue, FundingRate rate, Instant observedAt,
      double openInterest, double volume) {
    return new VenueReading(venue, rate, observedAt, openInterest, volume);
  }
}
