package dev.fundingkit.core.live;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.FundingBreakdown;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.rate.PositionSide;
import dev.fundingkit.core.schedule.ScheduleChange;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link FundingMonitor}'s answer at one instant: the predicted rate of the current interval
 * with the venue's own window and how much of the window it rests on, the next settlement and
 * whether the venue's interval rules would switch the interval after it, and the payment a
 * position would receive or pay there.
 *
 * <p>A computed result, made only by {@link FundingMonitor#snapshot()}. Before the window holds
 * a sample the snapshot is not {@link #isReady() ready} and {@link #predicted()} is empty. The
 * parts that need a settlement fact the venue has not published ({@link #paidAt()},
 * {@link #nextPayment()}, {@link #payment}) throw {@link UnknownFundingRuleException}, as the
 * batch {@code PredictedRate} does. Immutable and thread-safe.
 */
public final class FundingSnapshot {

  private final String venueId;
  private final String symbol;
  private final Duration interval;
  private final long asOf;
  private final long intervalEnd;
  private final long windowStart;
  private final int samples;
  private final boolean ready;
  private final double average;
  private final double rate;
  // Computed on first use: publishing a rate formats a decimal string, most callers want the
  // rate only. A racy first use computes the same immutable value twice, as String.hashCode.
  private FundingBreakdown breakdown;
  private final double coverage;
  private final double elapsed;
  private final long toleranceMillis;
  private final long dropped;
  private final double previousRate;
  private final long[] historyTime;
  private final double[] historyAverage;
  private final VenueFacts.Interval[] historyFacts;
  private final double[] price;
  private final long[] priceTime;
  private final double openInterest;
  private final VenueFacts facts;
  private final VenueFacts.Interval current;

  private FundingSnapshot(Builder b) {
    this.venueId = b.venueId;
    this.symbol = b.symbol;
    this.interval = b.interval;
    this.asOf = b.asOf;
    this.intervalEnd = b.intervalEnd;
    this.windowStart = b.windowStart;
    this.samples = b.samples;
    this.ready = b.samples > 0;
    this.average = b.average;
    this.rate = ready ? b.current.rate(b.average, b.interval) : Double.NaN;
    this.coverage = b.coverage;
    this.elapsed = b.elapsed;
    this.toleranceMillis = b.toleranceMillis;
    this.dropped = b.dropped;
    this.previousRate = b.previousRate;
    this.historyTime = b.historyTime;
    this.historyAverage = b.historyAverage;
    this.historyFacts = b.historyFacts;
    this.price = b.price;
    this.priceTime = b.priceTime;
    this.openInterest = b.openInterest;
    this.facts = b.facts;
    this.current = b.current;
  }

  static FundingSnapshot empty(String venueId, String symbol, Duration interval, long dropped) {
    Builder b = new Builder(null, null);
    b.venueId = venueId;
    b.symbol = symbol;
    b.interval = interval;
    b.asOf = Long.MIN_VALUE;
    b.dropped = dropped;
    b.previousRate = Double.NaN;
    b.openInterest = Double.NaN;
    return b.build();
  }

  /**
   * Whether the monitor has a clock and the window holds at least one sample.
   *
   * @return true when {@link #predicted()} is present
   */
  public boolean isReady() {
    return ready;
  }

  /**
   * The venue id.
   *
   * @return the id
   */
  public String venueId() {
    return venueId;
  }

  /**
   * The symbol, empty when unnamed.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The symbol's interval {@code N}.
   *
   * @return the interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * The instant of the snapshot: the monitor's clock.
   *
   * @return the instant, or empty before the monitor's first sample or clock
   */
  public Optional<Instant> asOf() {
    return started() ? Optional.of(Instant.ofEpochMilli(asOf)) : Optional.empty();
  }

  /**
   * The predicted rate of the current interval with every figure of its formula, per the
   * symbol's interval.
   *
   * @return the breakdown, or empty when the window holds no sample
   */
  public Optional<FundingBreakdown> predicted() {
    if (!ready) {
      return Optional.empty();
    }
    FundingBreakdown b = breakdown;
    if (b == null) {
      b = current.breakdown(average, interval);
      breakdown = b;
    }
    return Optional.of(b);
  }

  /**
   * The predicted rate of the current interval, per the symbol's interval: the rate of
   * {@link #predicted()} without the other figures (cheaper: no published string).
   *
   * @return the rate, or empty when the window holds no sample
   */
  public Optional<FundingRate> predictedRate() {
    return ready ? Optional.of(FundingRate.of(rate, interval)) : Optional.empty();
  }

  /**
   * How many samples the prediction averages.
   *
   * @return the count, zero or more
   */
  public int samples() {
    return samples;
  }

  /**
   * The open start of the averaged window: {@code T − N} for an anchored window,
   * {@code asOf − N} for a rolling one.
   *
   * @return the window start
   * @throws IllegalStateException if the monitor has not started
   */
  public Instant windowStart() {
    return Instant.ofEpochMilli(startedOrThrow(windowStart));
  }

  /**
   * The share of the window's length the monitor's feed covers, from 0 to 1: the time from
   * the later of the window start and the start of the feed, to the snapshot. An anchored
   * window early in its interval has a small coverage and a full feed; a prediction rests on
   * the whole window only at coverage 1.
   *
   * @return the covered share of {@code N}
   */
  public double coverage() {
    return coverage;
  }

  /**
   * The share of the current interval that has passed, from 0 to 1 (always 1 for a rolling
   * window, which is always {@code N} long).
   *
   * @return {@code (asOf − (T − N)) / N}, or 1 for a rolling window
   */
  public double elapsed() {
    return elapsed;
  }

  /**
   * The next settlement {@code T}: the end of the current interval. The predicted rate is the
   * one computed there; on venues that fix the rate one interval ahead it is paid at
   * {@link #paidAt()}.
   *
   * @return the settlement instant
   * @throws IllegalStateException if the monitor has not started
   */
  public Instant nextSettlement() {
    return Instant.ofEpochMilli(startedOrThrow(intervalEnd));
  }

  /**
   * The time from the snapshot to the next settlement.
   *
   * @return the duration, zero or more
   * @throws IllegalStateException if the monitor has not started
   */
  public Duration timeToNextSettlement() {
    return Duration.ofMillis(startedOrThrow(intervalEnd) - asOf);
  }

  /**
   * The previous settlement, {@code T − N}.
   *
   * @return the settlement instant
   * @throws IllegalStateException if the monitor has not started
   */
  public Instant lastSettlement() {
    return Instant.ofEpochMilli(startedOrThrow(intervalEnd) - interval.toMillis());
  }

  /**
   * Whether a position opened now still pays the previous settlement, because the venue
   * snapshots positions up to the monitor's snapshot tolerance after it. A position opened
   * now and held through the next settlement pays that one in any case.
   *
   * @return true if {@code asOf < lastSettlement + tolerance} on an at-settlement venue
   * @throws IllegalStateException if the monitor has not started
   */
  public boolean openedNowPaysLastSettlement() {
    long last = startedOrThrow(intervalEnd) - interval.toMillis();
    return !current.continuous && asOf < last + toleranceMillis;
  }

  /**
   * When the predicted rate is paid: {@code T}, or {@code T + N} on venues that fix the rate
   * one interval ahead (BitMEX, Kraken).
   *
   * @return the payment instant
   * @throws IllegalStateException if the monitor has not started
   * @throws UnknownFundingRuleException if the venue has not published it (OKX during its
   *     2024 migration)
   */
  public Instant paidAt() {
    long end = startedOrThrow(intervalEnd);
    return Instant.ofEpochMilli(end + current.intervalsAhead() * interval.toMillis());
  }

  /**
   * The rate paid at the next settlement: the predicted rate, or on venues that fix the rate
   * one interval ahead the rate of the previous interval, when the monitor saw that interval
   * whole.
   *
   * @return the rate, or empty when it is not known from the feed
   * @throws UnknownFundingRuleException if the venue has not published whether the rate is
   *     paid in the same or the next interval
   */
  public Optional<FundingRate> nextPayment() {
    if (!started()) {
      return Optional.empty();
    }
    if (current.intervalsAhead() == 0) {
      return predictedRate();
    }
    return Double.isNaN(previousRate) ? Optional.empty()
        : Optional.of(FundingRate.of(previousRate, interval));
  }

  /**
   * Whether {@link #nextPayment()} is already fixed rather than predicted.
   *
   * @return true on venues that fix the rate one interval ahead
   * @throws IllegalStateException if the monitor has not started
   * @throws UnknownFundingRuleException if the venue has not published it
   */
  public boolean isNextPaymentFixed() {
    startedOrThrow(intervalEnd);
    return current.intervalsAhead() > 0;
  }

  /**
   * What the venue's dynamic interval rules in force at the next settlement would order if
   * the predicted rate settled there (Binance, Bybit and Gate cap rules; Binance and Gate
   * revert rules, judged on the settlements the monitor saw whole).
   *
   * @return the change, or empty when no rule would switch the interval or none is ready
   */
  public Optional<ScheduleChange> intervalSwitch() {
    if (!ready) {
      return Optional.empty();
    }
    int count = historyTime.length;
    double[] rates = new double[count];
    double[] caps = new double[count];
    double[] floors = new double[count];
    for (int i = 0; i < count; i++) {
      rates[i] = historyFacts[i].rate(historyAverage[i], interval);
      caps[i] = historyFacts[i].cap;
      floors[i] = historyFacts[i].floor;
    }
    return facts.switchAfter(intervalEnd, rate, current, historyTime,
        rates, caps, floors, count);
  }

  /**
   * The latest observation of the venue's payment price.
   *
   * @return the price, or empty when none was given
   * @throws IllegalStateException if the monitor has not started
   * @throws UnknownFundingRuleException if the venue has not published its payment price
   */
  public OptionalDouble paymentPrice() {
    startedOrThrow(intervalEnd);
    int kind = current.paymentPrice();
    return priceTime[kind] == Long.MIN_VALUE ? OptionalDouble.empty()
        : OptionalDouble.of(price[kind]);
  }

  /**
   * What a linear position of {@code quantity} (in the base asset) would receive or pay at
   * the next settlement at the venue's payment price. For an inverse contract use
   * {@link #paymentOnValue(PositionSide, double)} with the coin value.
   *
   * @param side the position side
   * @param quantity the position size in the base asset, zero or more
   * @return the preview, or empty when no payment price was observed or the rate paid at the
   *     next settlement is not known from the feed
   * @throws NullPointerException if {@code side} is null
   * @throws IllegalArgumentException if {@code quantity} is negative or not finite
   * @throws UnknownFundingRuleException if the venue has not published its payment price or
   *     payment timing
   */
  public Optional<PaymentPreview> payment(PositionSide side, double quantity) {
    Objects.requireNonNull(side, "side");
    ArgChecks.nonNegative("quantity", quantity);
    OptionalDouble p = started() ? paymentPrice() : OptionalDouble.empty();
    if (p.isEmpty()) {
      return Optional.empty();
    }
    return preview(side, quantity * p.getAsDouble());
  }

  /**
   * What a position of a given value would receive or pay at the next settlement.
   *
   * @param side the position side
   * @param positionValue the position value at the payment price, zero or more
   * @return the preview, or empty when the rate paid at the next settlement is not known
   * @throws NullPointerException if {@code side} is null
   * @throws IllegalArgumentException if {@code positionValue} is negative or not finite
   * @throws UnknownFundingRuleException if the venue has not published its payment timing
   */
  public Optional<PaymentPreview> paymentOnValue(PositionSide side, double positionValue) {
    Objects.requireNonNull(side, "side");
    ArgChecks.nonNegative("positionValue", positionValue);
    return preview(side, positionValue);
  }

  private Optional<PaymentPreview> preview(PositionSide side, double value) {
    Optional<FundingRate> rate = nextPayment();
    if (rate.isEmpty()) {
      return Optional.empty();
    }
    double full = rate.get().cashFlow(side, value);
    double cash = current.continuous
        ? full * ((double) (intervalEnd - asOf) / interval.toMillis())
        : full;
    int kind = current.paymentPrice();
    boolean seen = priceTime[kind] != Long.MIN_VALUE;
    return Optional.of(new PaymentPreview(Instant.ofEpochMilli(intervalEnd), rate.get(),
        current.intervalsAhead() > 0, side, current.paymentPriceKind(),
        seen ? price[kind] : Double.NaN,
        Instant.ofEpochMilli(seen ? priceTime[kind] : asOf), value, cash));
  }

  /**
   * The latest open interest given to the monitor.
   *
   * @return the open interest, or empty when none was given
   */
  public OptionalDouble openInterest() {
    return Double.isNaN(openInterest) ? OptionalDouble.empty()
        : OptionalDouble.of(openInterest);
  }

  /**
   * How many late samples the monitor dropped so far.
   *
   * @return the count, zero or more
   */
  public long droppedSamples() {
    return dropped;
  }

  private boolean started() {
    return asOf != Long.MIN_VALUE;
  }

  private long startedOrThrow(long value) {
    if (!started()) {
      throw new IllegalStateException("the monitor of " + venueId
          + " has no sample or clock yet");
    }
    return value;
  }

  /** Such as {@code FundingSnapshot[bybit 8h at …: 0.01%/8h over 120 samples, next …]}. */
  @Override
  public String toString() {
    if (!started()) {
      return "FundingSnapshot[" + venueId + " " + FundingIntervals.format(interval)
          + ": no sample]";
    }
    return "FundingSnapshot[" + venueId + (symbol.isEmpty() ? "" : " " + symbol) + " "
        + FundingIntervals.format(interval) + " at " + Instant.ofEpochMilli(asOf) + ": "
        + (!ready ? "no sample in the window" : FundingRate.of(rate, interval) + " over "
            + samples + " samples") + ", next settlement " + Instant.ofEpochMilli(intervalEnd)
        + "]";
  }

  /** The monitor's figures at one instant; filled by the monitor. */
  static final class Builder {
    final VenueFacts facts;
    final VenueFacts.Interval current;
    String venueId;
    String symbol;
    Duration interval;
    long asOf;
    long intervalEnd;
    long windowStart;
    int samples;
    double average;
    double coverage;
    double elapsed;
    long toleranceMillis;
    long dropped;
    double previousRate;
    long[] historyTime = new long[0];
    double[] historyAverage = new double[0];
    VenueFacts.Interval[] historyFacts = new VenueFacts.Interval[0];
    double[] price = new double[3];
    long[] priceTime = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
    double openInterest;

    Builder(VenueFacts facts, VenueFacts.Interval current) {
      this.facts = facts;
      this.current = current;
    }

    FundingSnapshot build() {
      return new FundingSnapshot(this);
    }
  }
}
