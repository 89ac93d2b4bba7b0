package dev.fundingkit.io;

/**
 * How a time cell was written; {@link Timestamps#form(CharSequence)} tells which.
 */
public enum TimestampForm {

  /** ISO-8601 with a zone: {@code 2025-10-01T08:00:00Z}, {@code ...+00:00}, {@code ...+0000}. */
  ZONED,

  /**
   * Date and time without a zone, {@code 2025-10-01 08:00:00} or {@code 2025-10-01T08:00:00}
   * (or a date alone, read as midnight): read as UTC.
   */
  LOCAL_AS_UTC,

  /** Whole or fractional seconds since 1970-01-01T00:00:00Z, magnitude below 10^11. */
  EPOCH_SECONDS,

  /** Milliseconds since 1970-01-01T00:00:00Z, magnitude 10^11 or more. */
  EPOCH_MILLIS
}
