package dev.fundingkit.core.ledger;

/** What a ledger entry is: one expected settlement of the schedule. */
public enum EntryStatus {
  /** The position was open and paid or received at the settlement's own rate. */
  PAID,
  /** The position was flat: the cash flow is exactly zero whatever the rate. */
  FLAT,
  /**
   * The schedule expected a settlement the data lacks while the position was open: the cash
   * flow is unknown, never zero and never a reused rate ({@link StalePolicy#REFUSE}).
   */
  MISSING,
  /**
   * As {@link #MISSING}, but charged at the last known rate and price because the ledger was
   * told to ({@link StalePolicy#MARK_STALE}).
   */
  STALE
}
