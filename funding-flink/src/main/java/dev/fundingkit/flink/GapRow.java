package dev.fundingkit.flink;

import java.io.Serializable;

/**
 * One hole in a key's settlements, flattened from the library's {@code FundingGap}: the
 * neighbouring settlements it lies between, the interval in force and how many settlements
 * the schedule expected and the data lacks.
 *
 * @param venue the venue id
 * @param symbol the symbol
 * @param afterMillis the last settlement before the hole
 * @param beforeMillis the first settlement after the hole
 * @param intervalMillis the interval of the settlement ending the hole
 * @param missing settlements missing, one or more
 */
public record GapRow(String venue, String symbol, long afterMillis, long beforeMillis,
    long intervalMillis, int missing) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue id, not blank
   * @param symbol the symbol, not blank
   * @param afterMillis the settlement before the hole
   * @param beforeMillis the settlement after the hole, later
   * @param intervalMillis the interval, positive
   * @param missing one or more
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException if a label is blank, the instants are not increasing,
   *     the interval is not positive or nothing is missing
   */
  public GapRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    if (beforeMillis <= afterMillis) {
      throw new IllegalArgumentException("beforeMillis must be > afterMillis (" + afterMillis
          + "), was " + beforeMillis);
    }
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    if (missing < 1) {
      throw new IllegalArgumentException("missing must be >= 1, was " + missing);
    }
  }
}
