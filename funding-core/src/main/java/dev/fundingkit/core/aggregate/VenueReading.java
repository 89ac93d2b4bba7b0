package dev.fundingkit.core.aggregate;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One venue's funding rate as observed at an instant, with the sizes that weight it.
 *
 * <p>Built as {@code VenueReading.of(venue, rate, observedAt).withOpenInterest(oi)
 * .withVolume(v)}: open interest and volume are both non-negative numbers, so no factory takes
 * them side by side (a swapped pair would silently reweight the aggregate). Both default to
 * zero.
 *
 * <p>Immutable and thread-safe; serializable through a proxy that re-validates.
 */
public final class VenueReading implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String venue;
  private final FundingRate rate;
  private final Instant observedAt;
  private final double openInterest;
  private final double volume;

  private VenueReading(String venue, FundingRate rate, Instant observedAt, double openInterest,
      double volume) {
    Objects.requireNonNull(venue, "venue");
    if (venue.isBlank()) {
      throw new IllegalArgumentException("venue must not be blank, was '" + venue + "'");
    }
    this.venue = venue;
    this.rate = Objects.requireNonNull(rate, "rate");
    this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
    this.openInterest = ArgChecks.nonNegative("openInterest", openInterest) + 0.0;
    this.volume = ArgChecks.nonNegative("volume", volume) + 0.0;
  }

  /**
   * A reading with zero open interest and zero volume; add them with
   * {@link #withOpenInterest(double)} and {@link #withVolume(double)}.
   *
   * @param venue the venue id, such as {@code binance-usdm}; not blank
   * @param rate the venue's rate on its own interval
   * @param observedAt when the reading was taken
   * @return the reading
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code venue} is blank
   */
  public static VenueReading of(String venue, FundingRate rate, Instant observedAt) {
    return new VenueReading(venue, rate, observedAt, 0.0, 0.0);
  }

  /**
   * A copy with another open interest.
   *
   * @param openInterest the venue's open interest in a common currency, zero or more
   * @return the new reading
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public VenueReading withOpenInterest(double openInterest) {
    return new VenueReading(venue, rate, observedAt, openInterest, volume);
  }

  /**
   * A copy with another volume.
   *
   * @param volume the venue's traded volume over a common window, zero or more
   * @return the new reading
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public VenueReading withVolume(double volume) {
    return new VenueReading(venue, rate, observedAt, openInterest, volume);
  }

  /**
   * The venue id.
   *
   * @return the id, not blank
   */
  public String venue() {
    return venue;
  }

  /**
   * The venue's rate on its own interval.
   *
   * @return the rate
   */
  public FundingRate rate() {
    return rate;
  }

  /**
   * When the reading was taken.
   *
   * @return the instant
   */
  public Instant observedAt() {
    return observedAt;
  }

  /**
   * The venue's open interest in a common currency.
   *
   * @return zero or more
   */
  public double openInterest() {
    return openInterest;
  }

  /**
   * The venue's traded volume over a common window.
   *
   * @return zero or more
   */
  public double volume() {
    return volume;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VenueReading r && venue.equals(r.venue) && rate.equals(r.rate)
        && observedAt.equals(r.observedAt)
        && Double.compare(openInterest, r.openInterest) == 0
        && Double.compare(volume, r.volume) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(venue, rate, observedAt, openInterest, volume);
  }

  /** Every part by name, as a record would print it. */
  @Override
  public String toString() {
    return "VenueReading[venue=" + venue + ", rate=" + rate + ", observedAt=" + observedAt
        + ", openInterest=" + openInterest + ", volume=" + volume + "]";
  }

  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("VenueReading is serialized through its proxy");
  }

  /** The serial form: every part, re-validated on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String venue;
    private final FundingRate rate;
    private final Instant observedAt;
    private final double openInterest;
    private final double volume;

    Proxy(VenueReading r) {
      venue = r.venue;
      rate = r.rate;
      observedAt = r.observedAt;
      openInterest = r.openInterest;
      volume = r.volume;
    }

    private Object readResolve() {
      return new VenueReading(venue, rate, observedAt, openInterest, volume);
    }
  }
}
