package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Instant;
import java.util.Objects;

/**
 * A farm opening or closing on a print of a series: when, at what value and z-score. Meant for
 * chart markers and backtests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param time the instant of the print that triggered the event
 * @param value the rate of that print, per the levels' interval
 * @param z its z-score under the levels used, finite
 * @param kind whether the farm entered or exited
 */
public record SignalEvent(Instant time, FundingRate value, double z, Kind kind)
    implements java.io.Serializable {

  /** What happened at the event. */
  public enum Kind {
    /** The farm opened the position (the print was beyond the entry level). */
    ENTER,
    /** The farm closed the position (the print was past the exit level). */
    EXIT
  }

  /**
   * Validates the event.
   *
   * @param time the instant of the print that triggered the event
   * @param value the rate of that print, per the levels' interval
   * @param z its z-score under the levels used, finite
   * @param kind whether the farm entered or exited
   * @throws NullPointerException if {@code time}, {@code value} or {@code kind} is null
   * @throws IllegalArgumentException naming a non-finite {@code z}
   */
  public SignalEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(value, "value");
    z = ArgChecks.finite("z", z);
    Objects.requireNonNull(kind, "kind");
  }
}
