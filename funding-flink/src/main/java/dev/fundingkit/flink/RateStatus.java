package dev.fundingkit.flink;

/** Whether a {@link PremiumRateRow} carries a rate, and if not why the data cannot give one. */
public enum RateStatus {
  /** The rule gave a rate from the window's samples. */
  OK,
  /** The window held no premium sample. */
  NO_SAMPLES,
  /** The venue's rule in force, or a part the computation needs, is not known. */
  UNKNOWN_RULE
}
