package dev.fundingkit.flink;

import dev.fundingkit.core.ledger.ReconciliationStatus;
import java.io.Serializable;
import java.util.Objects;

/**
 * One line of the library's {@code Reconciliation}, flattened for Flink.
 *
 * @param venue the venue label
 * @param symbol the symbol
 * @param status matched, mismatched, missing or extra
 * @param entryMillis the ledger entry's due instant, or {@code Long.MIN_VALUE} without one
 * @param paymentMillis the booked payment's instant, or {@code Long.MIN_VALUE} without one
 * @param expected the ledger's cash flow, or {@code NaN}
 * @param actual the booked amount ({@code 0} without a payment)
 */
public record ReconciliationRow(String venue, String symbol, ReconciliationStatus status,
    long entryMillis, long paymentMillis, double expected, double actual)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the labels.
   *
   * @param venue the venue label, not blank
   * @param symbol the symbol, not blank
   * @param status the status
   * @param entryMillis the entry instant or MIN_VALUE
   * @param paymentMillis the payment instant or MIN_VALUE
   * @param expected the expected flow or NaN
   * @param actual the booked amount
   * @throws NullPointerException if a label or the status is null
   * @throws IllegalArgumentException if a label is blank
   */
  public ReconciliationRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(status, "status");
  }
}
