package dev.fundingkit.core.ledger;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One line of a {@link Reconciliation}: the ledger's entry and the venue's payment it was
 * paired with (either may be absent), and the difference in quote currency. Computed by
 * {@link Reconciliation#of}, never built by callers. Immutable and thread-safe.
 */
public final class ReconciledPayment implements Serializable {

  private final ReconciliationStatus status;
  private final LedgerEntry entry;
  private final VenuePayment payment;

  ReconciledPayment(ReconciliationStatus status, LedgerEntry entry, VenuePayment payment) {
    this.status = status;
    this.entry = entry;
    this.payment = payment;
  }

  /**
   * How the line came out.
   *
   * @return the status
   */
  public ReconciliationStatus status() {
    return status;
  }

  /**
   * The ledger's entry.
   *
   * @return the entry, empty for an {@code EXTRA} payment at no settlement
   */
  public Optional<LedgerEntry> entry() {
    return Optional.ofNullable(entry);
  }

  /**
   * The venue's payment.
   *
   * @return the payment, empty for a {@code MISSING} one
   */
  public Optional<VenuePayment> payment() {
    return Optional.ofNullable(payment);
  }

  /**
   * The instant of the line: the venue's booking time, else the ledger's due time.
   *
   * @return the instant
   */
  public Instant time() {
    return payment != null ? payment.time() : entry.time();
  }

  /**
   * What the ledger expected.
   *
   * @return the ledger's cash flow, zero when no entry is paired, empty when the ledger's
   *     data lacks the settlement
   */
  public OptionalDouble expected() {
    return entry == null ? OptionalDouble.of(0.0) : entry.cashFlow();
  }

  /**
   * What the venue booked.
   *
   * @return the venue's amount, zero when it booked nothing
   */
  public double actual() {
    return payment == null ? 0.0 : payment.amount();
  }

  /**
   * The venue's amount less the ledger's, in quote currency.
   *
   * @return {@code actual − expected}, empty when the ledger has no figure
   */
  public OptionalDouble difference() {
    OptionalDouble e = expected();
    return e.isPresent() ? OptionalDouble.of(actual() - e.getAsDouble() + 0.0) : e;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ReconciledPayment)) {
      return false;
    }
    ReconciledPayment o = (ReconciledPayment) obj;
    return status == o.status && Objects.equals(entry, o.entry)
        && Objects.equals(payment, o.payment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, entry, payment);
  }

  /** Such as {@code MISMATCHED 2025-10-01T08:00:00Z expected -4.0 actual -4.5}. */
  @Override
  public String toString() {
    OptionalDouble e = expected();
    return status + " " + time() + " expected "
        + (e.isPresent() ? String.valueOf(e.getAsDouble()) : "unknown") + " actual " + actual();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ReconciledPayment is read through its serialization proxy");
  }

  /** The serial form: the line's parts, checked again on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ReconciliationStatus status;
    private final LedgerEntry entry;
    private final VenuePayment payment;

    SerializedForm(ReconciledPayment source) {
      this.status = source.status;
      this.entry = source.entry;
      this.payment = source.payment;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new ReconciledPayment(Objects.requireNonNull(status, "status"), entry, payment);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid ReconciledPayment: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
