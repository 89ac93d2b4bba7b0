package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a venue settles funding, versioned by effective instant like {@link FundingRule}: which
 * premium window its running rate averages, how many intervals later a computed rate is paid,
 * the price positions are valued at, whether funding accrues continuously, and the time of
 * the day's first settlement.
 *
 * <p>Look one up with {@link #at(FundingConvention, Instant)}. Parts a venue has not published
 * are unknown, never guessed: their accessors throw {@link UnknownFundingRuleException} saying
 * what is missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class FundingMechanics {

  private final String venueId;
  private final Instant effectiveFrom;
  private final PremiumWindow window;
  private final Integer intervalsAhead;
  private final PaymentPrice paymentPrice;
  private final Accrual accrual;
  private final Duration firstSettlement;
  private final String gaps;

  private FundingMechanics(Builder b) {
    this.venueId = b.venueId;
    this.effectiveFrom = b.effectiveFrom;
    this.window = b.window;
    this.intervalsAhead = b.intervalsAhead;
    this.paymentPrice = b.paymentPrice;
    this.accrual = b.accrual;
    this.firstSettlement = b.firstSettlement;
    this.gaps = b.gaps;
  }

  static Builder builder(String venueId, Instant effectiveFrom) {
    return new Builder(venueId, effectiveFrom);
  }

  /**
   * The mechanics of a venue in force at an instant.
   *
   * @param convention the venue
   * @param at the instant
   * @return the mechanics version in force at {@code at}
   * @throws NullPointerException if an argument is null
   * @throws UnknownFundingRuleException if {@code at} is before the earliest version on record
   */
  public static FundingMechanics at(FundingConvention convention, Instant at) {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(at, "at");
    List<FundingMechanics> versions = VenueMechanics.of(convention.id());
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (!versions.get(i).effectiveFrom.isAfter(at)) {
        return versions.get(i);
      }
    }
    throw new UnknownFundingRuleException(convention.id(), "no settlement mechanics known at "
        + at + "; the earliest on record are in force from " + versions.get(0).effectiveFrom);
  }

  /**
   * The venue's id.
   *
   * @return the id
   */
  public String venueId() {
    return venueId;
  }

  /**
   * The first instant this version is in force (inclusive).
   *
   * @return the effective instant
   */
  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The premium window of the running rate.
   *
   * @return the window
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public PremiumWindow window() {
    return known(window, "premium window (anchored or rolling)");
  }

  /**
   * How many intervals after its premium window a computed rate is paid: 0 when the window
   * ending at {@code T} sets the payment at {@code T}, 1 when it sets the payment at
   * {@code T + N} (BitMEX, Kraken, HTX before 2024-01-08).
   *
   * @return 0 or 1
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public int intervalsAhead() {
    return known(intervalsAhead, "whether the rate is paid in the same or the next interval");
  }

  /**
   * The price positions are valued at for funding.
   *
   * @return the payment price
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public PaymentPrice paymentPrice() {
    return known(paymentPrice, "payment price (mark, oracle or index)");
  }

  /**
   * How funding accrues over an interval.
   *
   * @return the accrual
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public Accrual accrual() {
    return known(accrual, "accrual (at settlement or continuous)");
  }

  /**
   * The time after 00:00 UTC of the day's first settlement (04:00 on BitMEX).
   *
   * @return the offset, zero or more and less than a day
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public Duration firstSettlement() {
    return known(firstSettlement, "settlement times of day");
  }

  /**
   * When a rate computed over a window ending at {@code windowEnd} is paid:
   * {@code windowEnd + intervalsAhead × interval}.
   *
   * @param windowEnd the end of the premium window
   * @param interval the symbol's interval, positive
   * @return the payment instant
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   * @throws UnknownFundingRuleException if {@link #intervalsAhead()} is unknown
   */
  public Instant paidAt(Instant windowEnd, Duration interval) {
    Objects.requireNonNull(windowEnd, "windowEnd");
    ArgChecks.positive("interval", interval);
    return windowEnd.plus(interval.multipliedBy(intervalsAhead()));
  }

  /**
   * The funding cash flow of a position for one interval, from its own side's point of view
   * (negative when it pays). At-settlement venues charge the whole rate to any position open
   * at the settlement ({@code held > 0}); continuous venues charge
   * {@code rate × value × held / rate.interval()}.
   *
   * @param rate the interval's rate
   * @param side the position side
   * @param positionValue the position value at the {@link #paymentPrice()}, zero or more (see
   *     {@link ContractType#positionValue(double, double, double)})
   * @param held how long the position was open within the interval, from zero to the
   *     rate's interval
   * @return the signed cash flow, in the position value's currency
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code positionValue} is negative, NaN or infinite, or
   *     {@code held} is negative or longer than the interval
   * @throws UnknownFundingRuleException if the accrual is unknown
   */
  public double cashFlow(
      FundingRate rate, PositionSide side, double positionValue, Duration held) {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(held, "held");
    if (held.isNegative() || held.compareTo(rate.interval()) > 0) {
      throw new IllegalArgumentException(
          "held must be in [0, " + rate.interval() + "], was " + held);
    }
    double full = rate.cashFlow(side, positionValue);
    if (accrual() == Accrual.AT_SETTLEMENT) {
      return held.isZero() ? 0.0 : full;
    }
    return full * ((double) held.toNanos() / rate.interval().toNanos()) + 0.0;
  }

  private <T> T known(T part, String name) {
    if (part == null) {
      throw new UnknownFundingRuleException(venueId, name + " not known for the mechanics in"
          + " force from " + effectiveFrom + (gaps == null ? "" : " (" + gaps + ")"));
    }
    return part;
  }

  /** Such as {@code bitmex mechanics from 2016-05-13T00:00:00Z}. */
  @Override
  public String toString() {
    return venueId + " mechanics from " + effectiveFrom;
  }

  /** Declares a mechanics version; parts left unset are unknown. */
  static final class Builder {
    private final String venueId;
    private final Instant effectiveFrom;
    private PremiumWindow window;
    private Integer intervalsAhead;
    private PaymentPrice paymentPrice;
    private Accrual accrual = Accrual.AT_SETTLEMENT;
    private Duration firstSettlement = Duration.ZERO;
    private String gaps;

    private Builder(String venueId, Instant effectiveFrom) {
      this.venueId = Objects.requireNonNull(venueId, "venueId");
      this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    Builder window(PremiumWindow value) {
      this.window = value;
      return this;
    }

    Builder intervalsAhead(Integer value) {
      this.intervalsAhead = value;
      return this;
    }

    Builder paymentPrice(PaymentPrice value) {
      this.paymentPrice = value;
      return this;
    }

    /** Defaults to {@link Accrual#AT_SETTLEMENT}. */
    Builder accrual(Accrual value) {
      this.accrual = value;
      return this;
    }

    /** Defaults to 00:00 UTC. */
    Builder firstSettlement(Duration value) {
      this.firstSettlement = value;
      return this;
    }

    Builder gaps(String text) {
      this.gaps = text;
      return this;
    }

    /** A copy of every part, for a later version that changes only some of them. */
    Builder from(FundingMechanics earlier) {
      this.window = earlier.window;
      this.intervalsAhead = earlier.intervalsAhead;
      this.paymentPrice = earlier.paymentPrice;
      this.accrual = earlier.accrual;
      this.firstSettlement = earlier.firstSettlement;
      this.gaps = earlier.gaps;
      return this;
    }

    FundingMechanics build() {
      return new FundingMechanics(this);
    }
  }
}
