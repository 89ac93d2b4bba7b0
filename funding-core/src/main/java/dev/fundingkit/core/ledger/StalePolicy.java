package dev.fundingkit.core.ledger;

/**
 * What a ledger does at a settlement the schedule expects and the data lacks while a position
 * is open: the only rate at hand is older than its interval.
 */
public enum StalePolicy {
  /**
   * The settlement is a {@link EntryStatus#MISSING} entry with no cash flow: the ledger does
   * not know what was paid (the default).
   */
  REFUSE,
  /**
   * The last known rate and price are reused and the entry is {@link EntryStatus#STALE}, so
   * every figure built on it can say so.
   */
  MARK_STALE
}
