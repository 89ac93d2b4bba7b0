package dev.fundingkit.core.ledger;

/** How one payment of a reconciliation came out. */
public enum ReconciliationStatus {
  /** The ledger and the venue agree within the amount tolerance. */
  MATCHED,
  /** The ledger expects a payment the venue's history lacks. */
  MISSING,
  /**
   * The venue booked a payment the ledger does not expect (the position was flat, no
   * settlement was due then, or the ledger's data lacks that settlement and has no figure).
   */
  EXTRA,
  /** Both have the payment but the amounts differ by more than the tolerance. */
  MISMATCHED
}
