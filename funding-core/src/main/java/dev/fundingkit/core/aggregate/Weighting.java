package dev.fundingkit.core.aggregate;

import java.util.Objects;

/** How venues are weighted in a cross-venue funding aggregate. */
public enum Weighting {
  /** By open interest: the usual "aggregated funding" (venues with more OI weigh more). */
  OPEN_INTEREST,
  /** By traded volume. */
  VOLUME,
  /** Every contributing venue equally. */
  EQUAL;

  /**
   * The raw (unnormalised) weight of a reading.
   *
   * @param reading the reading
   * @return its open interest, its volume, or 1
   * @throws NullPointerException if {@code reading} is null
   */
  public double rawWeight(VenueReading reading) {
    Objects.requireNonNull(reading, "reading");
    switch (this) {
      case OPEN_INTEREST:
        return reading.openInterest();
      case VOLUME:
        return reading.volume();
      default:
        return 1.0;
    }
  }
}
