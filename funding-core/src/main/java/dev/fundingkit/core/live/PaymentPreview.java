package dev.fundingkit.core.live;

import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.venue.PaymentPrice;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a position would receive or pay at the next settlement, valued at the venue's payment
 * price: a computed result of {@link FundingSnapshot#payment(PositionSide, double)}, not
 * constructible by callers.
 *
 * <p>At-settlement venues charge the whole rate to a position open at the settlement; on a
 * continuous venue (Deribit) the figure is what accrues from the snapshot's instant to the
 * settlement, {@code rate × value × (T − asOf) / N}. Immutable and thread-safe; serializable
 * through a proxy that re-validates on reading.
 */
public final class PaymentPreview implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instant settlement;
  private final FundingRate rate;
  private final boolean rateFixed;
  private final PositionSide side;
  private final PaymentPrice priceKind;
  private final double price;
  private final Instant priceObservedAt;
  private final double positionValue;
  private final double cashFlow;

  PaymentPreview(Instant settlement, FundingRate rate, boolean rateFixed, PositionSide side,
      PaymentPrice priceKind, double price, Instant priceObservedAt, double positionValue,
      double cashFlow) {
    this.settlement = Objects.requireNonNull(settlement, "settlement");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.rateFixed = rateFixed;
    this.side = Objects.requireNonNull(side, "side");
    this.priceKind = Objects.requireNonNull(priceKind, "priceKind");
    this.price = price;
    this.priceObservedAt = Objects.requireNonNull(priceObservedAt, "priceObservedAt");
    if (!(positionValue >= 0) || positionValue == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "positionValue must be >= 0 and finite, was " + positionValue);
    }
    this.positionValue = positionValue;
    if (!Double.isFinite(cashFlow)) {
      throw new IllegalArgumentException("cashFlow must be finite, was " + cashFlow);
    }
    this.cashFlow = cashFlow + 0.0;
  }

  /**
   * The settlement the payment is made at.
   *
   * @return the settlement instant
   */
  public Instant settlement() {
    return settlement;
  }

  /**
   * The rate applied.
   *
   * @return the rate, per the symbol's interval
   */
  public FundingRate rate() {
    return rate;
  }

  /**
   * Whether the rate is already fixed (computed over an earlier window, as on BitMEX and
   * Kraken) rather than still being predicted.
   *
   * @return true if the rate can no longer change
   */
  public boolean isRateFixed() {
    return rateFixed;
  }

  /**
   * The position side.
   *
   * @return the side
   */
  public PositionSide side() {
    return side;
  }

  /**
   * Which price the venue values positions at.
   *
   * @return the payment price kind
   */
  public PaymentPrice priceKind() {
    return priceKind;
  }

  /**
   * The latest observation of the payment price.
   *
   * @return the price
   */
  public double price() {
    return price;
  }

  /**
   * When the price was observed.
   *
   * @return the observation instant
   */
  public Instant priceObservedAt() {
    return priceObservedAt;
  }

  /**
   * The position value the rate applies to, {@code quantity × price}.
   *
   * @return the value, zero or more
   */
  public double positionValue() {
    return positionValue;
  }

  /**
   * The signed cash flow for the side: negative when it pays.
   *
   * @return the cash flow, in the position value's currency
   */
  public double cashFlow() {
    return cashFlow;
  }

  /**
   * Whether the side pays.
   *
   * @return {@code cashFlow() < 0}
   */
  public boolean pays() {
    return cashFlow < 0;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PaymentPreview is read through its serialization proxy");
  }

  /** The serial form: every figure, re-validated by the constructor on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant settlement;
    private final FundingRate rate;
    private final boolean rateFixed;
    private final PositionSide side;
    private final PaymentPrice priceKind;
    private final double price;
    private final Instant priceObservedAt;
    private final double positionValue;
    private final double cashFlow;

    SerializedForm(PaymentPreview p) {
      this.settlement = p.settlement;
      this.rate = p.rate;
      this.rateFixed = p.rateFixed;
      this.side = p.side;
      this.priceKind = p.priceKind;
      this.price = p.price;
      this.priceObservedAt = p.priceObservedAt;
      this.positionValue = p.positionValue;
      this.cashFlow = p.cashFlow;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new PaymentPreview(settlement, rate, rateFixed, side, priceKind, price,
            priceObservedAt, positionValue, cashFlow);
      } catch (RuntimeException e) {
        InvalidObjectException ex =
            new InvalidObjectException("invalid PaymentPreview: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }

  /** Same figures. */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PaymentPreview)) {
      return false;
    }
    PaymentPreview o = (PaymentPreview) obj;
    return settlement.equals(o.settlement) && rate.equals(o.rate) && rateFixed == o.rateFixed
        && side == o.side && priceKind == o.priceKind
        && Double.compare(price, o.price) == 0 && priceObservedAt.equals(o.priceObservedAt)
        && Double.compare(positionValue, o.positionValue) == 0
        && Double.compare(cashFlow, o.cashFlow) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(settlement, rate, rateFixed, side, priceKind, price, priceObservedAt,
        positionValue, cashFlow);
  }

  /** Such as {@code PaymentPreview[LONG pays -3.0 at 2025-01-01T08:00:00Z, 0.01%/8h]}. */
  @Override
  public String toString() {
    return "PaymentPreview[" + side + (pays() ? " pays " : " receives ") + cashFlow + " at "
        + settlement + ", " + rate + (rateFixed ? " fixed" : " predicted") + " on "
        + positionValue + " at " + priceKind.name().toLowerCase(java.util.Locale.ROOT) + " "
        + price + "]";
  }
}
