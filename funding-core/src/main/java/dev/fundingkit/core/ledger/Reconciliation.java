package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The daily desk check: a ledger's expected payments against the venue's own payment history
 * for the account, line by line — matched, missing (the ledger expects a payment the venue did
 * not book), extra (the venue booked one the ledger does not expect) and mismatched (amounts
 * differ), each with the difference in quote currency.
 *
 * <p>Pairing: each venue payment is paired with the ledger entry due nearest to it within the
 * time tolerance (venues book a few seconds to minutes after the funding time), each entry at
 * most once. Ledger entries with a zero cash flow (flat) that pair with nothing are not lines.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reconciliation implements Serializable {

  private final List<ReconciledPayment> lines;

  private Reconciliation(List<ReconciledPayment> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * Reconciles a ledger with a venue's payment history.
   *
   * @param ledger the ledger of the account's position
   * @param history the venue's payments, any order
   * @param amountTolerance the largest difference still matched, in quote currency, zero or
   *     more
   * @param timeTolerance how far a booking may be from the due time, zero or more
   * @return the reconciliation, lines in time order
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a tolerance is negative or not finite
   */
  public static Reconciliation of(FundingLedger ledger, List<VenuePayment> history,
      double amountTolerance, Duration timeTolerance) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(history, "history");
    ArgChecks.nonNegative("amountTolerance", amountTolerance);
    Objects.requireNonNull(timeTolerance, "timeTolerance");
    if (timeTolerance.isNegative()) {
      throw new IllegalArgumentException("timeTolerance must be >= 0, was " + timeTolerance);
    }
    List<VenuePayment> payments = new ArrayList<>(history.size());
    for (int k = 0; k < history.size(); k++) {
      VenuePayment payment = history.get(k);
      if (payment == null) {
        throw new NullPointerException("history[" + k + "]");  // message built on failure only
      }
      payments.add(payment);
    }
    payments.sort(Comparator.comparing(VenuePayment::time));
    List<LedgerEntry> entries = ledger.entries();
    long tol = timeTolerance.toMillis();
    boolean[] used = new boolean[entries.size()];
    List<ReconciledPayment> out = new ArrayList<>();
    int from = 0;
    for (VenuePayment p : payments) {
      long t = p.time().toEpochMilli();
      while (from < entries.size() && entries.get(from).time().toEpochMilli() < t - tol) {
        from++;
      }
      int best = -1;
      long bestDistance = Long.MAX_VALUE;
      for (int i = from; i < entries.size(); i++) {
        long due = entries.get(i).time().toEpochMilli();
        if (due > t + tol) {
          break;
        }
        long distance = Math.abs(due - t);
        if (!used[i] && distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      if (best < 0) {
        out.add(new ReconciledPayment(ReconciliationStatus.EXTRA, null, p));
        continue;
      }
      used[best] = true;
      LedgerEntry e = entries.get(best);
      OptionalDouble expected = e.cashFlow();
      ReconciliationStatus status;
      if (expected.isEmpty() || (expected.getAsDouble() == 0 && p.amount() != 0)) {
        status = ReconciliationStatus.EXTRA;
      } else if (Math.abs(p.amount() - expected.getAsDouble()) <= amountTolerance) {
        status = ReconciliationStatus.MATCHED;
      } else {
        status = ReconciliationStatus.MISMATCHED;
      }
      out.add(new ReconciledPayment(status, e, p));
    }
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (!used[i] && e.cashFlow().isPresent() && e.cashFlow().getAsDouble() != 0) {
        out.add(new ReconciledPayment(ReconciliationStatus.MISSING, e, null));
      }
    }
    out.sort(Comparator.comparing(ReconciledPayment::time));
    return new Reconciliation(out);
  }

  /**
   * Every line, in time order.
   *
   * @return the lines, unmodifiable
   */
  public List<ReconciledPayment> lines() {
    return lines;
  }

  /**
   * The lines of one status.
   *
   * @param status the status
   * @return those lines in time order, unmodifiable
   * @throws NullPointerException if {@code status} is null
   */
  public List<ReconciledPayment> lines(ReconciliationStatus status) {
    Objects.requireNonNull(status, "status");
    return lines.stream().filter(l -> l.status() == status).toList();
  }

  /**
   * Whether every line matched.
   *
   * @return true when no line is missing, extra or mismatched
   */
  public boolean isClean() {
    return lines.stream().allMatch(l -> l.status() == ReconciliationStatus.MATCHED);
  }

  /**
   * The venue's total less the ledger's over the lines the ledger has figures for.
   *
   * @return the summed difference in quote currency
   */
  public double totalDifference() {
    double sum = 0.0;
    for (ReconciledPayment l : lines) {
      OptionalDouble d = l.difference();
      if (d.isPresent()) {
        sum += d.getAsDouble();
      }
    }
    // PIT: equivalent mutant (+ 0.0 → − 0.0): sum starts at +0.0 and so is never -0.0.
    return sum + 0.0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Reconciliation && lines.equals(((Reconciliation) obj).lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "Reconciliation[" + lines(ReconciliationStatus.MATCHED).size() + " matched, "
        + lines(ReconciliationStatus.MISSING).size() + " missing, "
        + lines(ReconciliationStatus.EXTRA).size() + " extra, "
        + lines(ReconciliationStatus.MISMATCHED).size() + " mismatched]";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Reconciliation is read through its serialization proxy");
  }

  /** The serial form: the lines, copied again on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<ReconciledPayment> lines;

    SerializedForm(Reconciliation source) {
      this.lines = source.lines;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new Reconciliation(Objects.requireNonNull(lines, "lines"));
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid Reconciliation: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
