package dev.fundingkit.stats.regime;

/** Where one confirmation layer stands given the readings. */
public enum LayerStatus {
  /** Every confirm condition holds and no cancel condition holds or lacks its reading. */
  CONFIRMS,
  /** At least one cancel condition holds. */
  CANCELS,
  /** Nothing cancels, but a reading the layer needs is missing. */
  NO_DATA,
  /** All readings present, nothing cancels, but not every confirm condition holds. */
  UNDECIDED
}
