package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.venue.Accrual;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.FundingRuleVersion;
import dev.fundingkit.core.venue.PaymentPrice;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a venue turns a funding rate into a payment, as far as a ledger needs to know: the price
 * positions are valued at, whether funding is charged at the settlement or accrues
 * continuously (prorated by time held), how many intervals after its premium window a rate is
 * paid, and how long after a funding time the venue snapshots positions.
 *
 * <p>Build the venue's terms with {@link #of(FundingConvention, Instant)}, the one place the
 * ledger reads the venue registry; {@link #defaults()} are the terms most venues state (mark
 * price, at settlement, paid in the interval it was computed for, no snapshot lag).
 *
 * <p>Immutable, thread-safe and serializable (through a serialization proxy).
 */
public final class PaymentTerms implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final PaymentTerms DEFAULTS =
      new PaymentTerms(PaymentPrice.MARK, Accrual.AT_SETTLEMENT, 0, Duration.ZERO);

  private final PaymentPrice paymentPrice;
  private final Accrual accrual;
  private final int intervalsAhead;
  private final Duration snapshotTolerance;

  private PaymentTerms(PaymentPrice paymentPrice, Accrual accrual, int intervalsAhead,
      Duration snapshotTolerance) {
    this.paymentPrice = Objects.requireNonNull(paymentPrice, "paymentPrice");
    this.accrual = Objects.requireNonNull(accrual, "accrual");
    if (intervalsAhead < 0) {
      throw new IllegalArgumentException("intervalsAhead must be >= 0, was " + intervalsAhead);
    }
    this.intervalsAhead = intervalsAhead;
    Objects.requireNonNull(snapshotTolerance, "snapshotTolerance");
    if (snapshotTolerance.isNegative()) {
      throw new IllegalArgumentException(
          "snapshotTolerance must be >= 0, was " + snapshotTolerance);
    }
    this.snapshotTolerance = snapshotTolerance;
  }

  /**
   * Mark price, charged at the settlement, paid in the interval it was computed for, no
   * snapshot lag (Binance, Bybit, OKX, Bitget, Gate as they state it).
   *
   * @return the default terms
   */
  public static PaymentTerms defaults() {
    return DEFAULTS;
  }

  /**
   * Terms from their parts.
   *
   * @param paymentPrice the price positions are valued at
   * @param accrual at settlement or continuous
   * @param intervalsAhead 0 when the rate of the window ending at {@code T} is paid at
   *     {@code T}, 1 when it is paid one interval later (BitMEX, Kraken)
   * @param snapshotTolerance how long after a funding time positions are snapshot, zero or
   *     more
   * @return the terms
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code intervalsAhead} or the tolerance is negative
   */
  public static PaymentTerms of(PaymentPrice paymentPrice, Accrual accrual, int intervalsAhead,
      Duration snapshotTolerance) {
    return new PaymentTerms(paymentPrice, accrual, intervalsAhead, snapshotTolerance);
  }

  /**
   * The terms of a venue in force at an instant, read from the venue registry: payment price,
   * accrual, intervals ahead and snapshot tolerance from the rule version in force
   * ({@link FundingConvention#versionAt(Instant)}; zero where the venue states none);
   * change the tolerance with
   * {@link #withSnapshotTolerance}.
   *
   * <p>This factory is the only place the ledger reads the venue registry.
   *
   * @param convention the venue
   * @param at the instant the terms must be in force at
   * @return the terms
   * @throws NullPointerException if an argument is null
   * @throws UnknownFundingRuleException if the venue has not published a part the ledger
   *     needs, or {@code at} is before its earliest mechanics on record
   */
  public static PaymentTerms of(FundingConvention convention, Instant at) {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(at, "at");
    FundingRuleVersion version = convention.versionAt(at);
    Duration tolerance;
    try {
      tolerance = version.snapshotTolerance();
    } catch (UnknownFundingRuleException unstated) {
      tolerance = Duration.ZERO; // the venue states none: charged only if held at the instant
    }
    return new PaymentTerms(version.paymentPrice(), version.accrual(),
        version.intervalsAhead(), tolerance);
  }

  /**
   * The price positions are valued at.
   *
   * @return the payment price
   */
  public PaymentPrice paymentPrice() {
    return paymentPrice;
  }

  /**
   * How funding accrues over an interval.
   *
   * @return the accrual
   */
  public Accrual accrual() {
    return accrual;
  }

  /**
   * How many intervals after its premium window a rate is paid.
   *
   * @return zero or more
   */
  public int intervalsAhead() {
    return intervalsAhead;
  }

  /**
   * How long after a funding time the venue snapshots positions (at-settlement accrual only).
   *
   * @return zero or more
   */
  public Duration snapshotTolerance() {
    return snapshotTolerance;
  }

  /**
   * When a rate fixed at the end of a premium window is paid:
   * {@code fixedAt + intervalsAhead × interval}.
   *
   * @param fixedAt the end of the rate's premium window
   * @param interval the rate's interval, positive
   * @return the payment instant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public Instant paidAt(Instant fixedAt, Duration interval) {
    Objects.requireNonNull(fixedAt, "fixedAt");
    ArgChecks.positive("interval", interval);
    return fixedAt.plus(interval.multipliedBy(intervalsAhead));
  }

  /**
   * A copy with another payment price.
   *
   * @param newPaymentPrice the payment price
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public PaymentTerms withPaymentPrice(PaymentPrice newPaymentPrice) {
    return new PaymentTerms(newPaymentPrice, accrual, intervalsAhead, snapshotTolerance);
  }

  /**
   * A copy with another accrual.
   *
   * @param newAccrual the accrual
   * @return the copy
   * @throws NullPointerException if the argument is null
   */
  public PaymentTerms withAccrual(Accrual newAccrual) {
    return new PaymentTerms(paymentPrice, newAccrual, intervalsAhead, snapshotTolerance);
  }

  /**
   * A copy with another number of intervals ahead.
   *
   * @param newIntervalsAhead zero or more
   * @return the copy
   * @throws IllegalArgumentException if negative
   */
  public PaymentTerms withIntervalsAhead(int newIntervalsAhead) {
    return new PaymentTerms(paymentPrice, accrual, newIntervalsAhead, snapshotTolerance);
  }

  /**
   * A copy with another snapshot lag (see {@link FundingLedger#BINANCE_SNAPSHOT_TOLERANCE}).
   *
   * @param newSnapshotTolerance zero or more
   * @return the copy
   * @throws NullPointerException if the argument is null
   * @throws IllegalArgumentException if negative
   */
  public PaymentTerms withSnapshotTolerance(Duration newSnapshotTolerance) {
    return new PaymentTerms(paymentPrice, accrual, intervalsAhead, newSnapshotTolerance);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PaymentTerms)) {
      return false;
    }
    PaymentTerms o = (PaymentTerms) obj;
    return paymentPrice == o.paymentPrice && accrual == o.accrual
        && intervalsAhead == o.intervalsAhead && snapshotTolerance.equals(o.snapshotTolerance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paymentPrice, accrual, intervalsAhead, snapshotTolerance);
  }

  /** Such as {@code PaymentTerms[MARK, AT_SETTLEMENT, 0 intervals ahead, tolerance PT0S]}. */
  @Override
  public String toString() {
    return "PaymentTerms[" + paymentPrice + ", " + accrual + ", " + intervalsAhead
        + " intervals ahead, tolerance " + snapshotTolerance + "]";
  }

  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PaymentTerms is serialized through its proxy");
  }

  /** The serial form: the four parts, re-validated on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PaymentPrice paymentPrice;
    private final Accrual accrual;
    private final int intervalsAhead;
    private final Duration snapshotTolerance;

    Proxy(PaymentTerms t) {
      this.paymentPrice = t.paymentPrice;
      this.accrual = t.accrual;
      this.intervalsAhead = t.intervalsAhead;
      this.snapshotTolerance = t.snapshotTolerance;
    }

    private Object readResolve() {
      return new PaymentTerms(paymentPrice, accrual, intervalsAhead, snapshotTolerance);
    }
  }
}
