package dev.fundingkit.core.aggregate;

/** Why a venue did not contribute to an aggregate. */
public enum ExclusionReason {
  /** Its reading is older than the rule's maximum age. */
  STALE,
  /** Its reading is dated after the aggregation instant (using it would look ahead). */
  FUTURE,
  /** Its weight is zero (no open interest or no volume under that weighting). */
  ZERO_WEIGHT,
  /** The venue was expected but no reading was given. */
  MISSING
}
