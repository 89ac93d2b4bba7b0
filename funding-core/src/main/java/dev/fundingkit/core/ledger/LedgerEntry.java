package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.PositionSide;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One settlement the schedule expected, as a {@link FundingLedger} accounted for it: when it
 * was due, its interval, what it is ({@link EntryStatus}), the data row whose rate and price it
 * used, the size charged, its cash flow and the known cash flow so far.
 *
 * <p>Entries are computed by the ledger, never built by callers, so their contents always
 * agree. Immutable and thread-safe.
 */
public final class LedgerEntry implements Serializable {

  private final Instant time;
  private final Duration interval;
  private final EntryStatus status;
  private final Settlement settlement;
  private final double size;
  private final double cashFlow;
  private final double cumulative;

  LedgerEntry(Instant time, Duration interval, EntryStatus status, Settlement settlement,
      double size, double cashFlow, double cumulative) {
    this.time = time;
    this.interval = interval;
    this.status = status;
    this.settlement = settlement;
    this.size = size + 0.0;
    this.cashFlow = cashFlow + 0.0;
    this.cumulative = cumulative + 0.0;
  }

  /**
   * When the settlement was due (the payment instant).
   *
   * @return the instant
   */
  public Instant time() {
    return time;
  }

  /**
   * The interval the settlement closes.
   *
   * @return the interval, positive
   */
  public Duration interval() {
    return interval;
  }

  /**
   * What the entry is.
   *
   * @return the status
   */
  public EntryStatus status() {
    return status;
  }

  /**
   * The data row whose rate and price the entry used: its own for {@code PAID} and
   * {@code FLAT} entries the data holds, the last one before the gap for {@code STALE}.
   *
   * @return the settlement, or empty for a {@code MISSING} entry or a flat one the data lacks
   */
  public Optional<Settlement> settlement() {
    return Optional.ofNullable(settlement);
  }

  /**
   * The signed size charged: the snapshot size at settlement, or the time-weighted size over
   * the interval with continuous accrual.
   *
   * @return the size, zero for {@code FLAT}
   */
  public double size() {
    return size;
  }

  /**
   * The side charged.
   *
   * @return {@code LONG} or {@code SHORT}, or empty when flat
   */
  public Optional<PositionSide> side() {
    return size == 0 ? Optional.empty()
        // PIT: equivalent mutant (boundary on size > 0): size 0 has already returned empty.
        : Optional.of(size > 0 ? PositionSide.LONG : PositionSide.SHORT);
  }

  /**
   * The position's cash flow at this settlement: negative when it paid.
   *
   * @return the cash flow, or empty for a {@code MISSING} entry (never a zero standing for an
   *     unknown figure)
   */
  public OptionalDouble cashFlow() {
    return status == EntryStatus.MISSING ? OptionalDouble.empty() : OptionalDouble.of(cashFlow);
  }

  /**
   * The known cash flow summed over the ledger's entries so far, including this one;
   * {@code MISSING} entries add nothing (the ledger lists them in
   * {@link FundingLedger#missing()}).
   *
   * @return the cumulative cash flow
   */
  public double cumulative() {
    return cumulative;
  }

  /** The cash flow, zero for missing entries: for sums inside the package. */
  double knownCashFlow() {
    return status == EntryStatus.MISSING ? 0.0 : cashFlow;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LedgerEntry)) {
      return false;
    }
    LedgerEntry o = (LedgerEntry) obj;
    return time.equals(o.time) && interval.equals(o.interval) && status == o.status
        && Objects.equals(settlement, o.settlement)
        && Double.compare(size, o.size) == 0 && Double.compare(cashFlow, o.cashFlow) == 0
        && Double.compare(cumulative, o.cumulative) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, interval, status, settlement, size, cashFlow, cumulative);
  }

  /** Such as {@code 2025-10-01T08:00:00Z PAID size 2.0 cash -0.04 (cumulative -0.04)}. */
  @Override
  public String toString() {
    return time + " " + status + " size " + size
        + (status == EntryStatus.MISSING ? " cash unknown" : " cash " + cashFlow)
        + " (cumulative " + cumulative + ")";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("LedgerEntry is read through its serialization proxy");
  }

  /** The serial form: every figure, checked again on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant time;
    private final Duration interval;
    private final EntryStatus status;
    private final Settlement settlement;
    private final double size;
    private final double cashFlow;
    private final double cumulative;

    SerializedForm(LedgerEntry source) {
      this.time = source.time;
      this.interval = source.interval;
      this.status = source.status;
      this.settlement = source.settlement;
      this.size = source.size;
      this.cashFlow = source.cashFlow;
      this.cumulative = source.cumulative;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new LedgerEntry(Objects.requireNonNull(time, "time"),
            Objects.requireNonNull(interval, "interval"), Objects.requireNonNull(status, "status"),
            settlement, ArgChecks.finite("size", size), ArgChecks.finite("cashFlow", cashFlow),
            ArgChecks.finite("cumulative", cumulative));
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid LedgerEntry: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
