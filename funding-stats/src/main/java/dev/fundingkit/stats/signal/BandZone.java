package dev.fundingkit.stats.signal;

/**
 * Where a value lies relative to a farm's entry and exit levels. Stateless: the same value is
 * always in the same zone; {@link SignalAction} adds whether a position is open.
 */
public enum BandZone {
  /** Strictly beyond the entry level, away from the mean (reverse farm: {@code F < entry}). */
  BEYOND_ENTRY,
  /**
   * Between the two levels, both included: the hysteresis band where an open position is kept
   * and a flat book stays flat.
   */
  BETWEEN,
  /** Strictly past the exit level, towards or over the mean (reverse farm: {@code F > exit}). */
  BEYOND_EXIT
}
