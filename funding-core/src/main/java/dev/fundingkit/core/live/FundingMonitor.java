package dev.fundingkit.core.live;

import dev.fundingkit.core.premium.PremiumSample;
import dev.fundingkit.core.venue.FundingConvention;
import dev.fundingkit.core.venue.SymbolTerms;
import dev.fundingkit.core.venue.UnknownFundingRuleException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The live funding state of one symbol on one venue, fed premium samples in time order: the
 * venue's running (predicted) rate for the current interval, the next settlement and what a
 * position would pay at it. In the spirit of Guava's {@code StatsAccumulator}: a mutable
 * accumulator whose {@link #snapshot()} is an immutable {@link FundingSnapshot}.
 *
 * <pre>{@code
 * FundingMonitor btc = FundingMonitor.builder(FundingConventions.BINANCE_USDM,
 *     SymbolTerms.of(Duration.ofHours(8))).symbol("BTCUSDT").build();
 * btc.add(epochMillis, premium);           // every 5 s, O(1), allocates nothing
 * btc.addMarkPrice(epochMillis, mark);     // optional: the payment price
 * FundingSnapshot now = btc.snapshot();    // immutable; predicted rate, next settlement, ...
 * }</pre>
 *
 * <p><b>Per sample.</b> {@link #add(long, double)} is O(1) and allocates nothing for every
 * averaging scheme the venues use: running sums {@code Σp} and {@code Σ i·p} for equal and
 * linear weights, kept in the same order as the batch computation so that the result is the
 * same to the bit; for a rolling window (Binance, OKX from 2024-03-05) a ring buffer of the
 * last interval's samples with the sums updated on eviction ({@code Σ i·p −= Σp}) and
 * monotonic queues for the window's minimum and maximum; for dYdX's median per minute, the
 * current minute's votes kept sorted (bounded by the votes in one minute) and the closed
 * minutes' running sum; BitMEX's minute prints are simply samples on a one-minute cadence.
 * A buffer grows (allocating) only when a feed is denser than any before it; the rolling
 * buffer starts with room for one interval at the venue's cadence (Binance 8 h: 8,192
 * samples, 192 KB). Crossing a settlement looks up the next interval's rule version (one
 * {@link Instant}; the version's facts are reused while it stays in force) and computes no
 * rate.
 *
 * <p><b>Agreement with the batch computation.</b> At the end {@code T} of an interval the
 * predicted rate equals {@code PredictedRate.of(convention, terms, samples, T, T)} on the same
 * samples, bit for bit, for every venue whose rule computes; inside an interval it equals the
 * batch figure to the bit for anchored and instantaneous windows and up to rounding of the
 * running sums for rolling windows (the sums are reset from the exact anchored ones at every
 * settlement, so rounding never accumulates past one interval).
 *
 * <p><b>Time.</b> Samples are at millisecond resolution. A sample stamped {@code s} belongs
 * to the interval {@code (T − N, T]} with {@code T} the first settlement at or after
 * {@code s}. The monitor's clock is the latest sample time, or a later instant given to
 * {@link #advanceTo(Instant)}; {@link #snapshot()} answers as of the clock. A sample at or
 * before the latest sample, or before the clock, is late: by default it is rejected with
 * {@link IllegalArgumentException}; with {@link LateSamples#DROP} it is dropped and counted.
 * It is never folded in.
 *
 * <p><b>Interval.</b> The monitor follows the interval of its terms. When the venue changes
 * it (the switch {@link FundingSnapshot#intervalSwitch()} foresees, once the venue confirms
 * it), start a monitor with the new terms at that settlement.
 *
 * <p><b>Not thread-safe.</b> A monitor is confined to one thread (one per symbol per feed
 * handler, as a Flink keyed operator holds one per key); snapshots may be handed to any thread.
 */
public final class FundingMonitor {

  private static final int PRICE_KINDS = 3;

  private final FundingConvention convention;
  private final SymbolTerms terms;
  private final String symbol;
  private final boolean tradFi;
  private final LateSamples lateSamples;
  private final long toleranceOption;
  private long toleranceMillis;
  private final long observingSinceOption;
  private final Duration interval;
  private final long n;
  private VenueFacts facts;
  private VenueFacts.Interval current;

  private long intervalEnd = Long.MIN_VALUE;
  private long clock = Long.MIN_VALUE;
  private long lastSampleTime = Long.MIN_VALUE;
  private double lastPremium;
  private long observingSince = Long.MIN_VALUE;
  private long accepted;
  private long dropped;

  // The current interval's samples (T − N, T], in the batch computation's arithmetic.
  private double count;
  private double sum;
  private double weightedSum;
  private double min;
  private double max;

  // Median per minute: the open minute's votes (sorted) and the closed minutes.
  private long openMinute = Long.MIN_VALUE;
  private double[] votes = new double[16];
  private int voteCount;
  private double minuteSum;
  private double minuteMin;
  private double minuteMax;
  private int minutes;

  // Rolling window: samples in (clock − N, clock], by sequence number.
  private boolean rolling;
  private long rollingSince = Long.MIN_VALUE;
  private long[] ringTime = new long[0];
  private double[] ringValue = new double[0];
  private int mask = -1;
  private long head;
  private long tail;
  private double rollingCount;
  private double rollingSum;
  private double rollingWeighted;
  // Queue entries are sequence numbers truncated to int: live ones differ by less than 2^31.
  private int[] minQueue = new int[0];
  private long minHead;
  private long minTail;
  private int[] maxQueue = new int[0];
  private long maxHead;
  private long maxTail;

  // Settled rates of the intervals the monitor saw whole, oldest first.
  private final int historyCapacity = VenueFacts.historyNeeded();
  // The rates are computed when a snapshot asks, so that a rollover computes no formula.
  private final long[] historyTime = new long[historyCapacity];
  private final double[] historyAverage = new double[historyCapacity];
  private final VenueFacts.Interval[] historyFacts = new VenueFacts.Interval[historyCapacity];
  private int historyCount;

  private final double[] price = new double[PRICE_KINDS];
  private final long[] priceTime = new long[PRICE_KINDS];
  private double openInterest = Double.NaN;
  private long openInterestTime = Long.MIN_VALUE;

  private FundingMonitor(Builder b) {
    this.convention = b.convention;
    this.terms = b.terms;
    this.symbol = b.symbol;
    this.tradFi = b.tradFi;
    this.lateSamples = b.lateSamples;
    this.toleranceOption = b.snapshotTolerance == null ? -1 : b.snapshotTolerance.toMillis();
    this.observingSinceOption = b.observingSince == null ? Long.MIN_VALUE
        : b.observingSince.toEpochMilli();
    this.interval = terms.interval();
    this.n = interval.toMillis();
    Arrays.fill(priceTime, Long.MIN_VALUE);
  }

  /**
   * A monitor for an unnamed, non-TradFi symbol with the default settings.
   *
   * @param convention the venue
   * @param terms the symbol's terms; their interval is the interval monitored
   * @return the monitor
   * @throws NullPointerException if an argument is null
   */
  public static FundingMonitor of(FundingConvention convention, SymbolTerms terms) {
    return builder(convention, terms).build();
  }

  /**
   * Starts a monitor with settings.
   *
   * @param convention the venue
   * @param terms the symbol's terms; their interval is the interval monitored
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(FundingConvention convention, SymbolTerms terms) {
    return new Builder(convention, terms);
  }

  /**
   * Adds one premium sample.
   *
   * @param epochMillis the sample time, milliseconds since the epoch; after the latest sample
   *     and not before the clock
   * @param premium the premium, a finite fraction
   * @throws IllegalArgumentException if {@code premium} is NaN or infinite, or the sample is
   *     late and the policy is {@link LateSamples#REJECT}
   * @throws UnknownFundingRuleException if the sample opens an interval whose rule, averaging
   *     or window the venue has not published
   */
  public void add(long epochMillis, double premium) {
    if (!Double.isFinite(premium)) {
      throw new IllegalArgumentException("premium must be finite, was " + premium);
    }
    if (epochMillis <= lastSampleTime || epochMillis < clock) {
      late("premium sample", epochMillis, Math.max(lastSampleTime, clock));
      return;
    }
    moveClock(epochMillis);
    // PIT: equivalent mutant (MathMutator + 0.0 → − 0.0): every average and rate the monitor
    // reports goes through the venue formula, which takes −0.0 as +0.0.
    double p = premium + 0.0;
    lastSampleTime = epochMillis;
    lastPremium = p;
    accepted++;
    // Anchored sums, exactly as OrderWeightedMean adds them.
    count += 1;
    sum += p;
    weightedSum += count * p;
    if (count == 1) {
      min = p;
      max = p;
    } else {
      min = Math.min(min, p);
      max = Math.max(max, p);
    }
    if (current.scheme == VenueFacts.Scheme.MEDIAN_PER_MINUTE) {
      addVote(epochMillis, p);
    }
    if (rolling) {
      push(epochMillis, p);
    }
  }

  /**
   * Adds one premium sample.
   *
   * @param time the sample time; after the latest sample and not before the clock
   * @param premium the premium, a finite fraction
   * @throws NullPointerException if {@code time} is null
   * @throws IllegalArgumentException as {@link #add(long, double)}
   * @throws UnknownFundingRuleException as {@link #add(long, double)}
   */
  public void add(Instant time, double premium) {
    add(time.toEpochMilli(), premium);
  }

  /**
   * Adds one premium sample.
   *
   * @param sample the sample
   * @throws NullPointerException if {@code sample} is null
   * @throws IllegalArgumentException as {@link #add(long, double)}
   * @throws UnknownFundingRuleException as {@link #add(long, double)}
   */
  public void add(PremiumSample sample) {
    add(sample.time().toEpochMilli(), sample.premium());
  }

  /**
   * Adds premium samples from parallel arrays, in order; allocates nothing per element.
   *
   * @param epochMillis the sample times, increasing
   * @param premiums the premiums, parallel to {@code epochMillis}
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ, or as {@link #add(long, double)}
   *     for an element (the elements before it are added)
   * @throws UnknownFundingRuleException as {@link #add(long, double)}
   */
  public void addAll(long[] epochMillis, double[] premiums) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    Objects.requireNonNull(premiums, "premiums");
    if (epochMillis.length != premiums.length) {
      throw new IllegalArgumentException("premiums must have as many elements as epochMillis ("
          + epochMillis.length + "), was " + premiums.length);
    }
    for (int i = 0; i < premiums.length; i++) {
      add(epochMillis[i], premiums[i]);
    }
  }

  /**
   * Records the mark price (the payment price on most venues). Prices do not move the clock.
   *
   * @param epochMillis the observation time, not before the previous mark price
   * @param markPrice the price, positive and finite
   * @throws IllegalArgumentException if the price is not positive and finite, or the
   *     observation is late and the policy is {@link LateSamples#REJECT}
   */
  public void addMarkPrice(long epochMillis, double markPrice) {
    addPrice(VenueFacts.MARK, "mark price", epochMillis, markPrice);
  }

  /**
   * Records the spot index price (the payment price on HTX and Kraken).
   *
   * @param epochMillis the observation time, not before the previous index price
   * @param indexPrice the price, positive and finite
   * @throws IllegalArgumentException as {@link #addMarkPrice(long, double)}
   */
  public void addIndexPrice(long epochMillis, double indexPrice) {
    addPrice(VenueFacts.INDEX, "index price", epochMillis, indexPrice);
  }

  /**
   * Records the oracle price (the payment price on Hyperliquid and dYdX).
   *
   * @param epochMillis the observation time, not before the previous oracle price
   * @param oraclePrice the price, positive and finite
   * @throws IllegalArgumentException as {@link #addMarkPrice(long, double)}
   */
  public void addOraclePrice(long epochMillis, double oraclePrice) {
    addPrice(VenueFacts.ORACLE, "oracle price", epochMillis, oraclePrice);
  }

  /**
   * Records the open interest, in the currency the cross-venue view weights by.
   *
   * @param epochMillis the observation time, not before the previous one
   * @param value the open interest, zero or more and finite
   * @throws IllegalArgumentException if the value is negative or not finite, or the
   *     observation is late and the policy is {@link LateSamples#REJECT}
   */
  public void addOpenInterest(long epochMillis, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("openInterest must be >= 0 and finite, was " + value);
    }
    if (epochMillis < openInterestTime) {
      late("open interest", epochMillis, openInterestTime);
      return;
    }
    openInterest = value + 0.0;
    openInterestTime = epochMillis;
  }

  /**
   * Moves the clock to an instant without a sample (a heartbeat): crossing a settlement closes
   * its interval, and a rolling window drops the samples that left it. Samples before the new
   * clock are late afterwards.
   *
   * @param instant the new clock, not before the current one
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if {@code instant} is before the clock
   * @throws UnknownFundingRuleException if the instant opens an interval whose rule, averaging
   *     or window the venue has not published
   */
  public void advanceTo(Instant instant) {
    long t = instant.toEpochMilli();
    if (t < clock) {
      throw new IllegalArgumentException("instant must not be before the clock "
          + Instant.ofEpochMilli(clock) + ", was " + instant);
    }
    moveClock(t);
  }

  /**
   * The state as of the clock.
   *
   * @return an immutable snapshot; not ready before the first sample
   */
  public FundingSnapshot snapshot() {
    if (current == null) {
      return FundingSnapshot.empty(convention.id(), symbol, interval, droppedSamples());
    }
    boolean atEnd = clock == intervalEnd;
    long windowStart;
    int samples;
    double average = Double.NaN;
    // PIT: equivalent mutants (ConditionalsBoundaryMutator on the three "samples > 0" below):
    // with no sample the snapshot is not ready and never reads the average.
    if (current.window == VenueFacts.Window.INSTANTANEOUS) {
      windowStart = intervalEnd - n;
      samples = count > 0 ? 1 : 0;
      if (samples > 0) {
        average = lastPremium;
      }
    } else if (rolling && !atEnd) {
      windowStart = clock - n;
      samples = (int) rollingCount;
      if (samples > 0) {
        average = rollingAverage();
      }
    } else {
      windowStart = intervalEnd - n;
      samples = (int) count;
      if (samples > 0) {
        average = anchoredAverage();
      }
    }
    long covered = clock - Math.max(windowStart, rolling && !atEnd
        ? Math.max(observingSince, rollingSince) : observingSince);
    double coverage = Math.max(0.0, Math.min(1.0, (double) covered / n));
    double elapsed = current.window == VenueFacts.Window.ROLLING ? 1.0
        : (double) (clock - (intervalEnd - n)) / n;
    FundingSnapshot.Builder s = new FundingSnapshot.Builder(facts, current);
    s.venueId = convention.id();
    s.symbol = symbol;
    s.interval = interval;
    s.asOf = clock;
    s.intervalEnd = intervalEnd;
    s.windowStart = windowStart;
    s.samples = samples;
    s.average = average;
    s.coverage = coverage;
    s.elapsed = elapsed;
    s.toleranceMillis = toleranceMillis;
    s.dropped = dropped;
    boolean previousKnown = historyCount > 0
        && historyTime[historyCount - 1] == intervalEnd - n;
    s.previousRate = previousKnown
        ? historyFacts[historyCount - 1].rate(historyAverage[historyCount - 1], interval)
        : Double.NaN;
    if (VenueFacts.hasIntervalRules(current)) {
      s.historyTime = Arrays.copyOf(historyTime, historyCount);
      s.historyAverage = Arrays.copyOf(historyAverage, historyCount);
      s.historyFacts = Arrays.copyOf(historyFacts, historyCount);
    }
    s.price = price.clone();
    s.priceTime = priceTime.clone();
    s.openInterest = openInterest;
    return s.build();
  }

  /**
   * How many samples and observations were dropped as late under {@link LateSamples#DROP}.
   *
   * @return the count, zero or more
   */
  public long droppedSamples() {
    return dropped;
  }

  /**
   * How many premium samples were taken in.
   *
   * @return the count, zero or more
   */
  public long acceptedSamples() {
    return accepted;
  }

  /**
   * The venue id.
   *
   * @return the id, such as {@code binance-usdm}
   */
  public String venueId() {
    return convention.id();
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
   * The symbol's terms.
   *
   * @return the terms
   */
  public SymbolTerms terms() {
    return terms;
  }

  /** Such as {@code FundingMonitor[binance-usdm BTCUSDT 8h, 5760 samples, clock …]}. */
  @Override
  public String toString() {
    return "FundingMonitor[" + convention.id() + (symbol.isEmpty() ? "" : " " + symbol) + " "
        + dev.fundingkit.core.rate.FundingIntervals.format(interval) + ", " + accepted
        + " samples, clock " + (clock == Long.MIN_VALUE ? "not started"
            : Instant.ofEpochMilli(clock).toString()) + "]";
  }

  // ---- package-private views for FundingSnapshot and the cross-venue view ----

  long lastSampleTime() {
    return lastSampleTime;
  }

  // ---- clock and intervals ----

  private void moveClock(long t) {
    if (current == null) {
      start(t);
    }
    if (t > intervalEnd) {
      rollOver(t);
    }
    if (rolling) {
      evictUpTo(t - n);
    }
    clock = t;
  }

  private void start(long t) {
    facts = VenueFacts.of(convention, terms, symbol, tradFi, Instant.ofEpochMilli(t));
    toleranceMillis = toleranceOption >= 0 ? toleranceOption : facts.snapshotToleranceMillis();
    intervalEnd = facts.intervalEndHolding(t);
    current = facts.intervalEndingAt(intervalEnd);
    long since = observingSinceOption != Long.MIN_VALUE ? observingSinceOption
        : t - current.cadenceMillis;
    observingSince = since;
    rolling = current.window == VenueFacts.Window.ROLLING;
    rollingSince = since;
    if (rolling) {
      allocateRing(ringCapacityFor(current));
    }
    clock = t;
    // PIT: equivalent mutant (VoidMethodCallMutator): before the first interval the sums are
    // zero already; the minute min/max are then 0 instead of ±∞, which only widens a clamp
    // that the mean of the minutes lies within anyway.
    resetInterval();
  }

  /** Closes the interval ending at {@code intervalEnd} and opens the one holding {@code t}. */
  private void rollOver(long t) {
    long end = intervalEnd;
    // Look the next interval up first: if its rule is unknown, nothing has changed.
    long nextEnd = facts.intervalEndHolding(t);
    VenueFacts.Interval next = facts.intervalEndingAt(nextEnd);
    if (count > 0 && observingSince <= end - n) {
      double average = current.window == VenueFacts.Window.INSTANTANEOUS
          ? lastPremium
          : anchoredAverage();
      remember(end, average, current);
    } else {
      historyCount = 0;
    }
    if (rolling) {
      // At the settlement the rolling window is the anchored one: restart its sums exactly.
      evictUpTo(end - n);
      if (tail - head == (long) count) {
        rollingCount = count;
        rollingSum = sum;
        rollingWeighted = weightedSum;
      }
    }
    if (nextEnd - end > n) {
      historyCount = 0;
    }
    boolean nextRolling = next.window == VenueFacts.Window.ROLLING;
    if (nextRolling && !rolling) {
      allocateRing(ringCapacityFor(next));
      rollingSince = end;
    } else if (!nextRolling && rolling) {
      clearRing();
    }
    rolling = nextRolling;
    current = next;
    intervalEnd = nextEnd;
    resetInterval();
  }

  private void resetInterval() {
    count = 0;
    sum = 0;
    weightedSum = 0;
    min = 0;
    max = 0;
    openMinute = Long.MIN_VALUE;
    voteCount = 0;
    minuteSum = 0;
    minuteMin = Double.POSITIVE_INFINITY;
    minuteMax = Double.NEGATIVE_INFINITY;
    minutes = 0;
  }

  private void remember(long end, double average, VenueFacts.Interval facts) {
    if (historyCount == historyCapacity) {
      System.arraycopy(historyTime, 1, historyTime, 0, historyCapacity - 1);
      System.arraycopy(historyAverage, 1, historyAverage, 0, historyCapacity - 1);
      System.arraycopy(historyFacts, 1, historyFacts, 0, historyCapacity - 1);
      historyCount--;
    }
    historyTime[historyCount] = end;
    historyAverage[historyCount] = average;
    historyFacts[historyCount] = facts;
    historyCount++;
  }

  // ---- averages, in the batch computation's arithmetic ----

  private double anchoredAverage() {
    switch (current.scheme) {
      case LINEAR:
        return within(weightedSum / (count * (count + 1) / 2), min, max);
      case MEDIAN_PER_MINUTE:
        return medianThenMean();
      default:
        return within(sum / count, min, max);
    }
  }

  private double rollingAverage() {
    double lo = ringValue[minQueue[(int) (minHead & mask)] & mask];
    double hi = ringValue[maxQueue[(int) (maxHead & mask)] & mask];
    double c = rollingCount;
    double mean = current.scheme == VenueFacts.Scheme.LINEAR
        ? rollingWeighted / (c * (c + 1) / 2)
        : rollingSum / c;
    return within(mean, lo, hi);
  }

  private static double within(double value, double lo, double hi) {
    // PIT: equivalent mutant (MathMutator + 0.0 → − 0.0): the venue formula takes −0.0 as +0.0.
    return Math.max(lo, Math.min(hi, value)) + 0.0;
  }

  // ---- median per minute ----

  private void addVote(long epochMillis, double p) {
    long minute = VenueFacts.minuteOf(epochMillis);
    if (minute != openMinute) {
      if (voteCount > 0) {
        double median = paddedMedian();
        minuteSum += median;
        minuteMin = Math.min(minuteMin, median);
        minuteMax = Math.max(minuteMax, median);
        minutes++;
      }
      openMinute = minute;
      voteCount = 0;
    }
    if (voteCount == votes.length) {
      votes = Arrays.copyOf(votes, votes.length * 2);
    }
    int i = voteCount;
    // PIT: equivalent mutant (ConditionalsBoundaryMutator): moving past equal votes sorts the
    // same values.
    while (i > 0 && votes[i - 1] > p) {
      votes[i] = votes[i - 1];
      i--;
    }
    votes[i] = p;
    voteCount++;
  }

  /** The open minute's median with zero votes padded in, as the batch scheme sorts them. */
  private double paddedMedian() {
    int size = Math.max(voteCount, current.minVotesPerMinute);
    int zeros = size - voteCount;
    int negatives = 0;
    while (negatives < voteCount && votes[negatives] < 0) {
      negatives++;
    }
    int mid = size / 2;
    return size % 2 == 1 ? padded(mid, negatives, zeros)
        : (padded(mid - 1, negatives, zeros) + padded(mid, negatives, zeros)) / 2;
  }

  private double padded(int k, int negatives, int zeros) {
    if (k < negatives) {
      return votes[k];
    }
    return k < negatives + zeros ? 0.0 : votes[k - zeros];
  }

  private double medianThenMean() {
    double total = minuteSum;
    double lo = minuteMin;
    double hi = minuteMax;
    int m = minutes;
    if (voteCount > 0) {
      double median = paddedMedian();
      total += median;
      lo = Math.min(lo, median);
      hi = Math.max(hi, median);
      m++;
    }
    // PIT: equivalent mutants: at m = minMinutes both arms divide by the same count and the
    // mean of the minutes lies within their min and max (ConditionalsBoundaryMutator); the
    // venue formula takes −0.0 as +0.0 (MathMutator on "+ 0.0").
    double mean = m >= current.minMinutes ? within(total / m, lo, hi)
        : total / current.minMinutes;
    return mean + 0.0;
  }

  // ---- rolling window ----

  // PIT: equivalent mutants (the MathMutator, NegateConditionalsMutator and
  // ConditionalsBoundaryMutator in this method): the capacity only sizes the first buffer,
  // which grows when a feed outruns it; no figure depends on it.
  private int ringCapacityFor(VenueFacts.Interval facts) {
    long perInterval = facts.cadenceMillis > 0 ? n / facts.cadenceMillis : n / 1000;
    // One window at the venue's cadence, and the sample that is about to leave it.
    long wanted = Math.max(16, Math.min(1 << 24, perInterval + 2));
    return Integer.highestOneBit((int) wanted - 1) << 1;
  }

  private void allocateRing(int capacity) {
    ringTime = new long[capacity];
    ringValue = new double[capacity];
    minQueue = new int[capacity];
    maxQueue = new int[capacity];
    mask = capacity - 1;
    clearRing();
  }

  private void clearRing() {
    head = 0;
    tail = 0;
    minHead = 0;
    minTail = 0;
    maxHead = 0;
    maxTail = 0;
    rollingCount = 0;
    rollingSum = 0;
    rollingWeighted = 0;
  }

  private void push(long t, double p) {
    if (tail - head == ringTime.length) {
      grow();
    }
    long seq = tail++;
    ringTime[(int) (seq & mask)] = t;
    ringValue[(int) (seq & mask)] = p;
    rollingCount += 1;
    rollingSum += p;
    rollingWeighted += rollingCount * p;
    while (minTail > minHead
        && ringValue[minQueue[(int) ((minTail - 1) & mask)] & mask] >= p) {
      minTail--;
    }
    minQueue[(int) (minTail++ & mask)] = (int) seq;
    // PIT: equivalent mutant (ConditionalsBoundaryMutator on "<= p"): keeping an equal value
    // in the queue leaves the same maximum.
    while (maxTail > maxHead
        && ringValue[maxQueue[(int) ((maxTail - 1) & mask)] & mask] <= p) {
      maxTail--;
    }
    maxQueue[(int) (maxTail++ & mask)] = (int) seq;
  }

  private void evictUpTo(long cutoff) {
    while (tail > head && ringTime[(int) (head & mask)] <= cutoff) {
      double p = ringValue[(int) (head & mask)];
      rollingWeighted -= rollingSum;
      rollingSum -= p;
      rollingCount -= 1;
      // PIT: equivalent mutants (ConditionalsBoundaryMutator on both "Tail > Head"): a queue
      // holds the newest sample while the ring is not empty, so it is never empty here.
      if (minTail > minHead && minQueue[(int) (minHead & mask)] == (int) head) {
        minHead++;
      }
      if (maxTail > maxHead && maxQueue[(int) (maxHead & mask)] == (int) head) {
        maxHead++;
      }
      head++;
    }
    if (tail == head) {
      rollingCount = 0;
      rollingSum = 0;
      rollingWeighted = 0;
    }
  }

  /** A feed denser than the buffer: double it, keeping the order (allocates). */
  private void grow() {
    int capacity = ringTime.length * 2;
    long[] t = new long[capacity];
    double[] v = new double[capacity];
    int[] mins = new int[capacity];
    int[] maxs = new int[capacity];
    int newMask = capacity - 1;
    // PIT: equivalent mutants (ConditionalsBoundaryMutator on the three "s < ...Tail"): one
    // more slot copied lies past the live range and is never read.
    for (long s = head; s < tail; s++) {
      t[(int) (s & newMask)] = ringTime[(int) (s & mask)];
      v[(int) (s & newMask)] = ringValue[(int) (s & mask)];
    }
    for (long s = minHead; s < minTail; s++) {
      mins[(int) (s & newMask)] = minQueue[(int) (s & mask)];
    }
    for (long s = maxHead; s < maxTail; s++) {
      maxs[(int) (s & newMask)] = maxQueue[(int) (s & mask)];
    }
    ringTime = t;
    ringValue = v;
    minQueue = mins;
    maxQueue = maxs;
    mask = newMask;
  }

  // ---- prices and late data ----

  private void addPrice(int kind, String what, long epochMillis, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
    }
    if (epochMillis < priceTime[kind]) {
      late(what, epochMillis, priceTime[kind]);
      return;
    }
    price[kind] = value;
    priceTime[kind] = epochMillis;
  }

  private void late(String what, long epochMillis, long latest) {
    if (lateSamples == LateSamples.DROP) {
      dropped++;
      return;
    }
    throw new IllegalArgumentException(what + " at " + Instant.ofEpochMilli(epochMillis)
        + " is late or out of order: the monitor of " + convention.id()
        + (symbol.isEmpty() ? "" : " " + symbol) + " is at " + Instant.ofEpochMilli(latest)
        + " (build it with LateSamples.DROP to drop and count such data)");
  }

  /**
   * Settings of a {@link FundingMonitor}. Not thread-safe.
   */
  public static final class Builder {
    private final FundingConvention convention;
    private final SymbolTerms terms;
    private String symbol = "";
    private boolean tradFi;
    private LateSamples lateSamples = LateSamples.REJECT;
    private Duration snapshotTolerance;
    private Instant observingSince;

    private Builder(FundingConvention convention, SymbolTerms terms) {
      this.convention = Objects.requireNonNull(convention, "convention");
      this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * The venue symbol (interval rules exempt or single out symbols).
     *
     * @param value the symbol, such as {@code BTCUSDT}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder symbol(String value) {
      this.symbol = Objects.requireNonNull(value, "symbol").trim();
      return this;
    }

    /**
     * Whether the contract is a TradFi or equity perpetual (Binance exempts them from its
     * interval rules).
     *
     * @param value true for a TradFi perpetual
     * @return this builder
     */
    public Builder tradFi(boolean value) {
      this.tradFi = value;
      return this;
    }

    /**
     * What to do with late or out-of-order data (default {@link LateSamples#REJECT}).
     *
     * @param value the policy
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder lateSamples(LateSamples value) {
      this.lateSamples = Objects.requireNonNull(value, "lateSamples");
      return this;
    }

    /**
     * The venue's position-snapshot lag after a settlement: a position opened within it after
     * a settlement still pays that settlement. Default: the tolerance the venue's rule version
     * states (Binance 15 s), zero where it states none.
     *
     * @param value the lag, zero or more
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder snapshotTolerance(Duration value) {
      Objects.requireNonNull(value, "snapshotTolerance");
      if (value.isNegative()) {
        throw new IllegalArgumentException("snapshotTolerance must be >= 0, was " + value);
      }
      this.snapshotTolerance = value;
      return this;
    }

    /**
     * Since when the feed is complete. By default the first sample's time minus the venue's
     * sampling cadence (a sample measures the time up to its stamp); a window reaching back
     * before this instant is only partly covered ({@link FundingSnapshot#coverage()}), and
     * the interval it falls in is not remembered as settled.
     *
     * @param value the instant the feed starts covering
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder observingSince(Instant value) {
      this.observingSince = Objects.requireNonNull(value, "observingSince");
      return this;
    }

    /**
     * The monitor.
     *
     * @return a new monitor with no samples
     * @throws IllegalArgumentException if the symbol's interval does not divide a day
     */
    public FundingMonitor build() {
      VenueFacts.checkInterval(terms.interval());
      return new FundingMonitor(this);
    }
  }
}
