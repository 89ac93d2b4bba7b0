package dev.fundingkit.core.series;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.schedule.InferredSchedule;
import dev.fundingkit.core.schedule.IntervalInference;
import dev.fundingkit.core.schedule.PiecewiseSchedule;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A series of funding settlements: for every point its instant, its rate value and the
 * interval that rate is per, with where that interval came from ({@link IntervalSource}). It
 * is the one series type every layer of FundingKit takes and returns, so an hourly rate can
 * never be read as an 8-hourly one and a hole in the data can never pass unseen.
 *
 * <p><b>Points.</b> Instants are epoch milliseconds, strictly increasing, within
 * {@code ±2^62} ms (so any two can be subtracted). Values are finite fractions per interval
 * ({@code -0.0} stored as {@code 0.0}); intervals are positive milliseconds. Point {@code i}'s
 * interval is that of the period that ended at it, as venues publish it.
 *
 * <p><b>Gaps are data.</b> {@link #gaps()} lists every pair of neighbouring points further apart
 * than their interval allows, with the settlements expected between them; a consumer (a fit, a
 * ledger, a backtest, a chart) decides explicitly what a hole means. The rule, the only one in
 * the library: between points {@code i−1} and {@code i} with interval {@code I} (point
 * {@code i}'s) and spacing {@code g}, {@code floor((g + tol) / I) − 1} settlements are missing,
 * where {@code tol = min(1 minute, I/4)} absorbs settlement jitter. A 16 h hole in an 8 h series
 * is one missing settlement; a delayed settlement (HTX's 11 h step on an 8 h grid) is none.
 *
 * <p><b>Storage</b> is four primitive arrays (no object per point); {@link #valueBuffer()} and
 * its siblings give read-only views for hot paths without copying, the array accessors give
 * copies. Optional venue id and symbol, and the {@link RateKind}, travel with the series.
 *
 * <p>Construct with {@link #of(long[], double[], Duration, IntervalSource)} (one interval),
 * {@link #of(long[], double[], long[], IntervalSource)} (per-point intervals),
 * {@link #inferred(long[], double[])} (intervals from spacing by
 * {@link IntervalInference#STANDARD}) or {@link #builder()} (row by row, mixing declared and
 * unknown intervals). Bad arguments throw {@link NullPointerException} or
 * {@link IllegalArgumentException} naming the parameter, index and value.
 *
 * <p>Immutable, thread-safe and serializable (through a serialization proxy that re-validates).
 */
public final class FundingSeries implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_ABS_MILLIS = 1L << 62;
  private static final long MINUTE_MS = 60_000L;
  private static final long HOUR_MS = 3_600_000L;
  private static final IntervalSource[] SOURCES = IntervalSource.values();
  private static final int MAX_LISTED = 10_000_000;

  private final long[] times;
  private final double[] values;
  private final long[] intervals;
  private final byte[] sources;
  private final RateKind kind;
  private final String venue;
  private final String symbol;

  /** Takes ownership of already validated arrays. */
  private FundingSeries(long[] times, double[] values, long[] intervals, byte[] sources,
      RateKind kind, String venue, String symbol) {
    this.times = times;
    this.values = values;
    this.intervals = intervals;
    this.sources = sources;
    this.kind = kind;
    this.venue = venue;
    this.symbol = symbol;
  }

  // ---------------------------------------------------------------- factories

  /**
   * A settled series whose points all have one interval.
   *
   * @param epochMillis settlement instants, epoch milliseconds, strictly increasing (copied)
   * @param values rates, fraction per {@code interval}, finite, same length (copied)
   * @param interval the interval of every rate, positive, whole milliseconds
   * @param source where the interval came from ({@code DECLARED} or {@code ASSUMED}; an
   *     inferred interval comes from {@link #inferred(long[], double[])})
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ, the instants are not strictly
   *     increasing or out of range, a value is not finite, or the interval is not positive
   */
  public static FundingSeries of(long[] epochMillis, double[] values, Duration interval,
      IntervalSource source) {
    long ms = intervalMillis("interval", interval);
    Objects.requireNonNull(epochMillis, "epochMillis");
    long[] iv = new long[epochMillis.length];
    Arrays.fill(iv, ms);
    return create(epochMillis.clone(), copyValues(values, epochMillis.length), iv,
        fill(epochMillis.length, source));
  }

  /**
   * A settled series with an interval per point, all from one source.
   *
   * @param epochMillis settlement instants, epoch milliseconds, strictly increasing (copied)
   * @param values rates, fraction per their point's interval, finite (copied)
   * @param intervalMillis each point's interval in milliseconds, positive (copied)
   * @param source where the intervals came from
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ, the instants are not strictly
   *     increasing or out of range, a value is not finite, or an interval is not positive
   */
  public static FundingSeries of(long[] epochMillis, double[] values, long[] intervalMillis,
      IntervalSource source) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    Objects.requireNonNull(intervalMillis, "intervalMillis");
    sameLength("intervalMillis", intervalMillis.length, epochMillis.length);
    return create(epochMillis.clone(), copyValues(values, epochMillis.length),
        checkIntervals(intervalMillis.clone()), fill(epochMillis.length, source));
  }

  /**
   * A settled series from instants and rates; each point's interval is its rate's.
   *
   * @param times settlement instants, strictly increasing
   * @param rates the rate settled at each instant, same length
   * @param source where the rates' intervals came from
   * @return the series
   * @throws NullPointerException if an array, an element or {@code source} is null
   * @throws IllegalArgumentException if the lengths differ, the instants are not strictly
   *     increasing or out of range, or an interval is not in whole milliseconds
   */
  public static FundingSeries of(Instant[] times, FundingRate[] rates, IntervalSource source) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(rates, "rates");
    sameLength("rates", rates.length, times.length);
    int n = times.length;
    long[] t = new long[n];
    double[] v = new double[n];
    long[] iv = new long[n];
    for (int i = 0; i < n; i++) {
      if (times[i] == null) {
        throw new NullPointerException("times[" + i + "]");
      }
      if (rates[i] == null) {
        throw new NullPointerException("rates[" + i + "]");
      }
      t[i] = times[i].toEpochMilli();
      v[i] = rates[i].value();
      iv[i] = intervalMillis("rates[" + i + "].interval", rates[i].interval());
    }
    return create(t, v, iv, fill(n, source));
  }

  /**
   * A settled series whose intervals are recovered from the spacing of its instants by
   * {@link IntervalInference#STANDARD}; every point's source is {@code INFERRED}.
   *
   * @param epochMillis settlement instants, strictly increasing, at least two (copied)
   * @param values rates, finite, same length (copied)
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(long[], double[], long[], IntervalSource)},
   *     or when the spacing cannot give an interval (fewer than two points, no spacing that is
   *     a whole-minute divisor of a day)
   */
  public static FundingSeries inferred(long[] epochMillis, double[] values) {
    return inferred(epochMillis, values, IntervalInference.STANDARD);
  }

  /**
   * As {@link #inferred(long[], double[])} with another inference's settings.
   *
   * @param epochMillis settlement instants, strictly increasing, at least two (copied)
   * @param values rates, finite, same length (copied)
   * @param inference the inference to use
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #inferred(long[], double[])}
   */
  public static FundingSeries inferred(long[] epochMillis, double[] values,
      IntervalInference inference) {
    Objects.requireNonNull(epochMillis, "epochMillis");
    Objects.requireNonNull(inference, "inference");
    double[] v = copyValues(values, epochMillis.length);
    long[] t = epochMillis.clone();
    checkTimes(t);
    return create(t, v, infer(inference, t), fill(t.length, IntervalSource.INFERRED));
  }

  /**
   * A builder that takes points one at a time, with or without a known interval.
   *
   * @return a new builder for a {@link RateKind#SETTLED} series
   */
  public static Builder builder() {
    return new Builder();
  }

  private static FundingSeries create(long[] t, double[] v, long[] iv, byte[] src) {
    checkTimes(t);
    return new FundingSeries(t, v, iv, src, RateKind.SETTLED, null, null);
  }

  // ---------------------------------------------------------------- copies

  /**
   * A copy of another rate kind.
   *
   * @param newKind the kind of rates the series holds
   * @return the copy
   * @throws NullPointerException if {@code newKind} is null
   */
  public FundingSeries withKind(RateKind newKind) {
    Objects.requireNonNull(newKind, "newKind");
    return new FundingSeries(times, values, intervals, sources, newKind, venue, symbol);
  }

  /**
   * A copy labelled with a venue id (such as {@code binance-usdm}).
   *
   * @param newVenue the venue id, not blank
   * @return the copy
   * @throws NullPointerException if {@code newVenue} is null
   * @throws IllegalArgumentException if it is blank
   */
  public FundingSeries withVenue(String newVenue) {
    return new FundingSeries(times, values, intervals, sources, kind,
        label("newVenue", newVenue), symbol);
  }

  /**
   * A copy labelled with a symbol (such as {@code BTCUSDT}).
   *
   * @param newSymbol the symbol, not blank
   * @return the copy
   * @throws NullPointerException if {@code newSymbol} is null
   * @throws IllegalArgumentException if it is blank
   */
  public FundingSeries withSymbol(String newSymbol) {
    return new FundingSeries(times, values, intervals, sources, kind, venue,
        label("newSymbol", newSymbol));
  }

  /**
   * The same instants, intervals and labels with other values (a filtered or adjusted copy of
   * the rates, each still per its point's interval).
   *
   * @param newValues the values, finite, one per point (copied)
   * @return the copy
   * @throws NullPointerException if {@code newValues} is null
   * @throws IllegalArgumentException if the length differs or a value is not finite
   */
  public FundingSeries withValues(double[] newValues) {
    return new FundingSeries(times, copyValues(newValues, times.length), intervals, sources,
        kind, venue, symbol);
  }

  // ---------------------------------------------------------------- points

  /**
   * How many points the series holds.
   *
   * @return zero or more
   */
  public int size() {
    return times.length;
  }

  /**
   * Whether the series has no point.
   *
   * @return true when {@link #size()} is 0
   */
  public boolean isEmpty() {
    return times.length == 0;
  }

  /**
   * Point {@code i}'s settlement instant in epoch milliseconds.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public long epochMilli(int i) {
    return times[i];
  }

  /**
   * Point {@code i}'s settlement instant.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Instant time(int i) {
    return Instant.ofEpochMilli(times[i]);
  }

  /**
   * Point {@code i}'s rate value, a fraction per {@link #interval(int)}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    return values[i];
  }

  /**
   * Point {@code i}'s interval in milliseconds.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the interval, positive
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public long intervalMillis(int i) {
    return intervals[i];
  }

  /**
   * Point {@code i}'s interval.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the interval, positive
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Duration interval(int i) {
    return Duration.ofMillis(intervals[i]);
  }

  /**
   * Where point {@code i}'s interval came from.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the source
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public IntervalSource intervalSource(int i) {
    return SOURCES[sources[i]];
  }

  /**
   * Point {@code i} as a rate with its interval.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the rate
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public FundingRate get(int i) {
    return FundingRate.of(values[i], Duration.ofMillis(intervals[i]));
  }

  /**
   * The kind of rates the series holds.
   *
   * @return the kind, {@link RateKind#SETTLED} unless set
   */
  public RateKind kind() {
    return kind;
  }

  /**
   * The venue id the series is labelled with, if any.
   *
   * @return the venue id
   */
  public Optional<String> venue() {
    return Optional.ofNullable(venue);
  }

  /**
   * The symbol the series is labelled with, if any.
   *
   * @return the symbol
   */
  public Optional<String> symbol() {
    return Optional.ofNullable(symbol);
  }

  /**
   * The first settlement instant.
   *
   * @return the instant
   * @throws java.util.NoSuchElementException if the series is empty
   */
  public Instant firstTime() {
    requireNonEmpty();
    return Instant.ofEpochMilli(times[0]);
  }

  /**
   * The last settlement instant.
   *
   * @return the instant
   * @throws java.util.NoSuchElementException if the series is empty
   */
  public Instant lastTime() {
    requireNonEmpty();
    return Instant.ofEpochMilli(times[times.length - 1]);
  }

  /**
   * The time from the first to the last settlement ({@code ZERO} for fewer than two points).
   *
   * @return the span
   */
  public Duration span() {
    return times.length < 2 ? Duration.ZERO
        : Duration.ofMillis(times[times.length - 1] - times[0]);
  }

  /**
   * The index of the last point at or before an instant.
   *
   * @param instant the instant
   * @return the index, or {@code -1} when every point is later
   * @throws NullPointerException if {@code instant} is null
   */
  public int indexAtOrBefore(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return indexAtOrBeforeMillis(saturatedMillis(instant));
  }

  /**
   * The index of the last point at or before an instant in epoch milliseconds (the bulk form
   * of {@link #indexAtOrBefore(Instant)}).
   *
   * @param epochMilli the instant
   * @return the index, or {@code -1} when every point is later
   */
  public int indexAtOrBeforeMillis(long epochMilli) {
    int pos = Arrays.binarySearch(times, epochMilli);
    return pos >= 0 ? pos : -pos - 2;
  }

  // ---------------------------------------------------------------- bulk access

  /**
   * The settlement instants in epoch milliseconds.
   *
   * @return a new array
   */
  public long[] epochMillis() {
    return times.clone();
  }

  /**
   * The rate values, each per its point's interval.
   *
   * @return a new array
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Every point's interval in milliseconds.
   *
   * @return a new array
   */
  public long[] intervalsMillis() {
    return intervals.clone();
  }

  /**
   * A read-only view of the instants (epoch milliseconds), without copying: for hot paths.
   *
   * @return a read-only buffer positioned at 0 with limit {@link #size()}
   */
  public LongBuffer epochMilliBuffer() {
    return LongBuffer.wrap(times).asReadOnlyBuffer();
  }

  /**
   * A read-only view of the values, without copying: for hot paths.
   *
   * @return a read-only buffer positioned at 0 with limit {@link #size()}
   */
  public DoubleBuffer valueBuffer() {
    return DoubleBuffer.wrap(values).asReadOnlyBuffer();
  }

  /**
   * A read-only view of the intervals (milliseconds), without copying: for hot paths.
   *
   * @return a read-only buffer positioned at 0 with limit {@link #size()}
   */
  public LongBuffer intervalMilliBuffer() {
    return LongBuffer.wrap(intervals).asReadOnlyBuffer();
  }

  /**
   * The settlement instants as objects (one allocation per point: not for hot paths).
   *
   * @return a new array
   */
  public Instant[] toInstants() {
    Instant[] out = new Instant[times.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Instant.ofEpochMilli(times[i]);
    }
    return out;
  }

  // ---------------------------------------------------------------- intervals and units

  /**
   * The interval every point shares, if they all share one.
   *
   * @return the common interval; empty for an empty series or mixed intervals
   */
  public Optional<Duration> commonInterval() {
    if (times.length == 0) {
      return Optional.empty();
    }
    long first = intervals[0];
    for (long iv : intervals) {
      if (iv != first) {
        return Optional.empty();
      }
    }
    return Optional.of(Duration.ofMillis(first));
  }

  /**
   * The interval source every point shares, if they all share one.
   *
   * @return the common source; empty for an empty series or mixed sources
   */
  public Optional<IntervalSource> commonIntervalSource() {
    if (times.length == 0) {
      return Optional.empty();
    }
    byte first = sources[0];
    for (byte s : sources) {
      if (s != first) {
        return Optional.empty();
      }
    }
    return Optional.of(SOURCES[first]);
  }

  /**
   * The interval sources that occur in the series.
   *
   * @return an unmodifiable set, empty for an empty series
   */
  public Set<IntervalSource> intervalSources() {
    EnumSet<IntervalSource> out = EnumSet.noneOf(IntervalSource.class);
    for (byte s : sources) {
      out.add(SOURCES[s]);
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /**
   * The interval in words for reports: {@code 8h} when common, {@code mixed} otherwise
   * ({@code none} for an empty series).
   *
   * @return the label
   */
  public String intervalLabel() {
    if (times.length == 0) {
      return "none";
    }
    return commonInterval().map(FundingIntervals::format).orElse("mixed");
  }

  /**
   * The interval source in words for reports: {@code declared}, {@code inferred},
   * {@code assumed}, or {@code mixed} ({@code none} for an empty series).
   *
   * @return the label
   */
  public String intervalSourceLabel() {
    if (times.length == 0) {
      return "none";
    }
    return commonIntervalSource().map(IntervalSource::label).orElse("mixed");
  }

  /**
   * The series with every rate rescaled linearly to one interval ({@code value × target /
   * interval}, exactly as {@link FundingRate#rescaleTo(Duration)}); instants and interval
   * sources are kept.
   *
   * @param target the interval to express every rate in, positive, whole milliseconds
   * @return the rescaled series ({@code this} when every point already has that interval)
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive, or a rescaled value
   *     overflows (naming the index)
   */
  public FundingSeries rescaleTo(Duration target) {
    long targetMs = intervalMillis("target", target);
    double[] out = rescaledValues(targetMs);
    if (out == values) {
      return this;
    }
    long[] iv = new long[times.length];
    Arrays.fill(iv, targetMs);
    return new FundingSeries(times, out, iv, sources, kind, venue, symbol);
  }

  /**
   * The series per hour, {@code rescaleTo(1h)}.
   *
   * @return the hourly series
   * @throws IllegalArgumentException if a rescaled value overflows
   */
  public FundingSeries perHour() {
    return rescaleTo(Duration.ofHours(1));
  }

  /**
   * The values rescaled to one interval, the bulk form of {@link #rescaleTo(Duration)}.
   *
   * @param target the interval, positive, whole milliseconds
   * @return a new array of rates per {@code target}
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive or a value overflows
   */
  public double[] valuesPer(Duration target) {
    double[] out = rescaledValues(intervalMillis("target", target));
    return out == values ? values.clone() : out;
  }

  private double[] rescaledValues(long targetMs) {
    boolean same = true;
    for (long iv : intervals) {
      if (iv != targetMs) {
        same = false;
        break;
      }
    }
    if (same) {
      return values;
    }
    double targetHours = hours(targetMs);
    double[] out = new double[values.length];
    long lastInterval = -1;
    double lastHours = 0;
    for (int i = 0; i < out.length; i++) {
      long iv = intervals[i];
      if (iv != lastInterval) {
        lastInterval = iv;
        lastHours = hours(iv);
      }
      double v = values[i] * targetHours / lastHours;
      if (!Double.isFinite(v)) {
        throw new FundingOverflowException("rescaling to " + FundingIntervals.format(
            Duration.ofMillis(targetMs)) + " overflows at index " + i + ", value " + values[i]);
      }
      out[i] = v + 0.0;
    }
    return out;
  }

  /** Hours in an interval, computed as {@link FundingIntervals#hours(Duration)} does. */
  private static double hours(long millis) {
    long seconds = Math.floorDiv(millis, 1000L);
    long nanos = Math.floorMod(millis, 1000L) * 1_000_000L;
    return seconds / 3600.0 + nanos / 3.6e12;
  }

  // ---------------------------------------------------------------- views

  /**
   * The points in the half-open window {@code [startInclusive, endExclusive)}, sharing this
   * series' labels.
   *
   * @param startInclusive the first instant kept
   * @param endExclusive the first instant no longer kept
   * @return the slice, possibly empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public FundingSeries slice(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("endExclusive must not be before startInclusive ("
          + startInclusive + "), was " + endExclusive);
    }
    int from = firstIndexAtOrAfter(saturatedMillis(startInclusive));
    int to = firstIndexAtOrAfter(saturatedMillis(endExclusive));
    return slice(from, to);
  }

  /**
   * The points with index in {@code [fromInclusive, toExclusive)}, sharing this series' labels.
   *
   * @param fromInclusive the first index kept
   * @param toExclusive the first index no longer kept
   * @return the slice, possibly empty
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]}
   */
  public FundingSeries slice(int fromInclusive, int toExclusive) {
    Objects.checkFromToIndex(fromInclusive, toExclusive, times.length);
    if (fromInclusive == 0 && toExclusive == times.length) {
      return this;
    }
    return new FundingSeries(Arrays.copyOfRange(times, fromInclusive, toExclusive),
        Arrays.copyOfRange(values, fromInclusive, toExclusive),
        Arrays.copyOfRange(intervals, fromInclusive, toExclusive),
        Arrays.copyOfRange(sources, fromInclusive, toExclusive), kind, venue, symbol);
  }

  private int firstIndexAtOrAfter(long millis) {
    int pos = Arrays.binarySearch(times, millis);
    return pos >= 0 ? pos : -pos - 1;
  }

  // ---------------------------------------------------------------- schedule and gaps

  /**
   * The settlement schedule the series follows: one grid per run of equal intervals, anchored
   * where its settlements fall (see {@link InferredSchedule#toSchedule()}).
   *
   * @return the schedule
   * @throws IllegalStateException if the series has fewer than two points
   */
  public PiecewiseSchedule schedule() {
    if (times.length < 2) {
      throw new IllegalStateException(
          "a schedule needs at least 2 settlements, was " + times.length);
    }
    return InferredSchedule.fromIntervals(times, intervals).toSchedule();
  }

  /**
   * Every hole in the series, oldest first (the rule is in the class documentation).
   *
   * @return an unmodifiable list, empty when no settlement is missing
   */
  public List<FundingGap> gaps() {
    List<FundingGap> out = new ArrayList<>();
    for (int i = 1; i < times.length; i++) {
      long missing = missingBefore(i);
      if (missing > 0) {
        out.add(new FundingGap(Instant.ofEpochMilli(times[i - 1]),
            Instant.ofEpochMilli(times[i]), Duration.ofMillis(intervals[i]),
            (int) Math.min(missing, Integer.MAX_VALUE)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * How many settlements the schedule expected and the data lacks, in all gaps.
   *
   * @return zero or more
   */
  public long missingSettlementCount() {
    long total = 0;
    for (int i = 1; i < times.length; i++) {
      total += missingBefore(i);
    }
    return total;
  }

  /**
   * The expected settlement instants that have no point, oldest first.
   *
   * @return an unmodifiable list
   * @throws IllegalStateException if more than ten million are missing (use
   *     {@link #gaps()}, which describes them without listing each)
   */
  public List<Instant> missingSettlements() {
    long count = missingSettlementCount();
    if (count > MAX_LISTED) {
      throw new IllegalStateException(count + " settlements are missing, too many to list; "
          + "use gaps()");
    }
    List<Instant> out = new ArrayList<>((int) count);
    for (int i = 1; i < times.length; i++) {
      long missing = missingBefore(i);
      for (long k = 1; k <= missing; k++) {
        out.add(Instant.ofEpochMilli(times[i - 1] + k * intervals[i]));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Settlements missing between point {@code i − 1} and point {@code i}.
   *
   * @param i the index of the later point, {@code 1 <= i < size()}
   * @return zero or more
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public long missingBefore(int i) {
    Objects.checkIndex(i - 1, times.length - 1);
    long interval = intervals[i];
    long tolerance = Math.min(MINUTE_MS, interval / 4);
    long gap = times[i] - times[i - 1];
    long fits = (gap + tolerance) / interval;
    return Math.max(0, fits - 1);
  }

  // ---------------------------------------------------------------- object methods

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingSeries)) {
      return false;
    }
    FundingSeries o = (FundingSeries) obj;
    return kind == o.kind && Objects.equals(venue, o.venue) && Objects.equals(symbol, o.symbol)
        && Arrays.equals(times, o.times) && Arrays.equals(values, o.values)
        && Arrays.equals(intervals, o.intervals) && Arrays.equals(sources, o.sources);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(kind, venue, symbol);
    h = 31 * h + Arrays.hashCode(times);
    h = 31 * h + Arrays.hashCode(values);
    h = 31 * h + Arrays.hashCode(intervals);
    return 31 * h + Arrays.hashCode(sources);
  }

  /**
   * A one-line summary, e.g. {@code FundingSeries[bybit INJUSDT settled, 1095 points,
   * 2025-01-01T00:00:00Z..2025-12-31T16:00:00Z, mixed declared, 2 gaps]}. A summary, not a
   * serial form: there is no {@code parse}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FundingSeries[");
    if (venue != null) {
      sb.append(venue).append(' ');
    }
    if (symbol != null) {
      sb.append(symbol).append(' ');
    }
    sb.append(kind.label()).append(", ").append(times.length).append(" points");
    if (times.length > 0) {
      sb.append(", ").append(firstTime()).append("..").append(lastTime()).append(", ")
          .append(intervalLabel()).append(' ').append(intervalSourceLabel());
      int gaps = 0;
      for (int i = 1; i < times.length; i++) {
        if (missingBefore(i) > 0) {
          gaps++;
        }
      }
      sb.append(", ").append(gaps).append(gaps == 1 ? " gap" : " gaps");
    }
    return sb.append(']').toString();
  }

  // ---------------------------------------------------------------- validation helpers

  private void requireNonEmpty() {
    if (times.length == 0) {
      throw new java.util.NoSuchElementException("the series is empty");
    }
  }

  private static long saturatedMillis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long intervalMillis(String name, Duration interval) {
    ArgChecks.positive(name, interval);
    if (interval.getNano() % 1_000_000 != 0 || interval.getSeconds() > Long.MAX_VALUE / 2000) {
      throw new IllegalArgumentException(
          name + " must be a whole number of milliseconds, was " + interval);
    }
    return interval.toMillis();
  }

  private static void sameLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(name + " must have the length of epochMillis ("
          + expected + "), was " + length);
    }
  }

  private static double[] copyValues(double[] values, int expectedLength) {
    Objects.requireNonNull(values, "values");
    if (values.length != expectedLength) {
      throw new IllegalArgumentException("values must have the length of epochMillis ("
          + expectedLength + "), was " + values.length);
    }
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("values[" + i + "] must be finite, was " + v);
      }
      out[i] = v + 0.0;
    }
    return out;
  }

  private static long[] checkIntervals(long[] intervals) {
    for (int i = 0; i < intervals.length; i++) {
      if (intervals[i] <= 0) {
        throw new IllegalArgumentException(
            "intervalMillis[" + i + "] must be > 0, was " + intervals[i]);
      }
    }
    return intervals;
  }

  private static void checkTimes(long[] t) {
    for (int i = 0; i < t.length; i++) {
      // Exclusive: 2^62 − (−2^62) is 2^63, one past Long.MAX_VALUE.
      if (t[i] >= MAX_ABS_MILLIS || t[i] <= -MAX_ABS_MILLIS) {
        throw new IllegalArgumentException("epochMillis[" + i + "] must be within ±2^62 ms, was "
            + t[i]);
      }
    }
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", t);
  }

  private static byte[] fill(int n, IntervalSource source) {
    Objects.requireNonNull(source, "source");
    byte[] out = new byte[n];
    Arrays.fill(out, (byte) source.ordinal());
    return out;
  }

  private static long[] infer(IntervalInference inference, long[] t) {
    if (t.length < 2) {
      throw new IllegalArgumentException("an interval cannot be inferred from "
          + t.length + " settlement" + (t.length == 1 ? "" : "s")
          + "; declare it or assume one");
    }
    try {
      return inference.infer(t).intervalsMillis();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String label(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  // ---------------------------------------------------------------- serialization

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingSeries is read through its serialization proxy");
  }

  /** The serial form: the four arrays and the labels, re-validated on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] times;
    private final double[] values;
    private final long[] intervals;
    private final byte[] sources;
    private final RateKind kind;
    private final String venue;
    private final String symbol;

    SerializedForm(FundingSeries s) {
      times = s.times;
      values = s.values;
      intervals = s.intervals;
      sources = s.sources;
      kind = s.kind;
      venue = s.venue;
      symbol = s.symbol;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder b = builder().kind(kind);
        if (venue != null) {
          b.venue(venue);
        }
        if (symbol != null) {
          b.symbol(symbol);
        }
        if (times.length != values.length || times.length != intervals.length
            || times.length != sources.length) {
          throw new IllegalArgumentException("array lengths differ");
        }
        for (int i = 0; i < times.length; i++) {
          if (sources[i] < 0 || sources[i] >= SOURCES.length) {
            throw new IllegalArgumentException("bad interval source " + sources[i]);
          }
          b.add(times[i], values[i], intervals[i], SOURCES[sources[i]]);
        }
        return b.build();
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid FundingSeries: "
            + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a series point by point, growing primitive arrays (no object per point). A point
   * added without an interval gets one at {@link #build()}: by the builder's inference from
   * the spacing of all the points ({@code INFERRED}), or, when an assumed interval is set,
   * that interval ({@code ASSUMED}). Points must arrive in strictly increasing time order.
   *
   * <p>Not thread-safe; a builder may be reused after {@link #build()} (it keeps its points).
   */
  public static final class Builder {
    private long[] times = new long[16];
    private double[] values = new double[16];
    private long[] intervals = new long[16];
    private byte[] sources = new byte[16];
    private int size;
    private boolean anyUnknown;
    private RateKind kind = RateKind.SETTLED;
    private String venue;
    private String symbol;
    private IntervalInference inference = IntervalInference.STANDARD;
    private long assumed;

    private Builder() {}

    /**
     * Reserves room for this many points, so a series of known length is built without
     * growing (and so without copying) its arrays: with exactly that many points,
     * {@link #build()} hands the builder's arrays to the series instead of copying them, which
     * halves the peak memory of reading a long file. Adding more points still works.
     *
     * @param points the expected number of points, zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public Builder expectedSize(int points) {
      if (points < 0) {
        throw new IllegalArgumentException("points must be >= 0, was " + points);
      }
      // PIT: equivalent mutant (boundary, negation): only capacity differs; append grows.
      if (points > times.length) {
        times = Arrays.copyOf(times, points);
        values = Arrays.copyOf(values, points);
        intervals = Arrays.copyOf(intervals, points);
        sources = Arrays.copyOf(sources, points);
      }
      return this;
    }

    /**
     * Sets the rate kind (default {@link RateKind#SETTLED}).
     *
     * @param kind the kind
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder kind(RateKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the venue id label.
     *
     * @param venue the venue id, not blank
     * @return this builder
     * @throws NullPointerException if {@code venue} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder venue(String venue) {
      this.venue = label("venue", venue);
      return this;
    }

    /**
     * Sets the symbol label.
     *
     * @param symbol the symbol, not blank
     * @return this builder
     * @throws NullPointerException if {@code symbol} is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder symbol(String symbol) {
      this.symbol = label("symbol", symbol);
      return this;
    }

    /**
     * Sets the inference used for points added without an interval (default
     * {@link IntervalInference#STANDARD}).
     *
     * @param inference the inference
     * @return this builder
     * @throws NullPointerException if {@code inference} is null
     */
    public Builder inference(IntervalInference inference) {
      this.inference = Objects.requireNonNull(inference, "inference");
      return this;
    }

    /**
     * Gives points added without an interval this one, marked {@code ASSUMED}, instead of
     * inferring it.
     *
     * @param interval the assumed interval, positive, whole milliseconds
     * @return this builder
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder assumeInterval(Duration interval) {
      this.assumed = intervalMillis("interval", interval);
      return this;
    }

    /**
     * Adds a point whose interval is not known.
     *
     * @param epochMilli the settlement instant, after the previous point's
     * @param value the rate, finite
     * @return this builder
     * @throws IllegalArgumentException if the instant is not after the previous one or out of
     *     range, or the value is not finite
     */
    public Builder add(long epochMilli, double value) {
      append(epochMilli, value, 0, (byte) -1);
      anyUnknown = true;
      return this;
    }

    /**
     * Adds a point with its interval.
     *
     * @param epochMilli the settlement instant, after the previous point's
     * @param value the rate, fraction per {@code intervalMillis}, finite
     * @param intervalMillis the interval in milliseconds, positive
     * @param source where the interval came from
     * @return this builder
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if the instant is not after the previous one or out of
     *     range, the value is not finite, or the interval is not positive
     */
    public Builder add(long epochMilli, double value, long intervalMillis,
        IntervalSource source) {
      Objects.requireNonNull(source, "source");
      if (intervalMillis <= 0) {
        throw new IllegalArgumentException(
            "intervalMillis must be > 0, was " + intervalMillis + " at point " + size);
      }
      append(epochMilli, value, intervalMillis, (byte) source.ordinal());
      return this;
    }

    /**
     * Adds a point from an instant and a rate with its interval.
     *
     * @param time the settlement instant, after the previous point's
     * @param rate the rate settled there
     * @param source where the rate's interval came from
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #add(long, double, long, IntervalSource)}
     */
    public Builder add(Instant time, FundingRate rate, IntervalSource source) {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(rate, "rate");
      return add(time.toEpochMilli(), rate.value(),
          intervalMillis("rate.interval", rate.interval()), source);
    }

    /**
     * How many points have been added.
     *
     * @return zero or more
     */
    public int size() {
      return size;
    }

    private void append(long t, double v, long iv, byte src) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "value must be finite, was " + v + " at point " + size + " (" + safeInstant(t) + ")");
      }
      if (t >= MAX_ABS_MILLIS || t <= -MAX_ABS_MILLIS) {
        throw new IllegalArgumentException("epochMilli must be within ±2^62 ms, was " + t);
      }
      if (size > 0 && t <= times[size - 1]) {
        throw new IllegalArgumentException("points must be in strictly increasing time order: "
            + "point " + size + " at " + Instant.ofEpochMilli(t)
            + (t == times[size - 1] ? " duplicates " : " is before ") + "point " + (size - 1)
            + " at " + Instant.ofEpochMilli(times[size - 1]));
      }
      // PIT: equivalent mutant (negation): growing early changes only the capacity.
      if (size == times.length) {
        // PIT: equivalent mutant (>> → <<): only the capacity differs.
        int cap = Math.max(16, size + (size >> 1));
        times = Arrays.copyOf(times, cap);
        values = Arrays.copyOf(values, cap);
        intervals = Arrays.copyOf(intervals, cap);
        sources = Arrays.copyOf(sources, cap);
      }
      times[size] = t;
      values[size] = v + 0.0;
      intervals[size] = iv;
      sources[size] = src;
      size++;
    }

    private static String safeInstant(long t) {
      return Instant.ofEpochMilli(t).toString();
    }

    /**
     * The series of the points added so far.
     *
     * @return the series
     * @throws IllegalArgumentException if some point has no interval, no interval is assumed,
     *     and the spacing cannot give one (fewer than two points, or no spacing that is a
     *     whole-minute divisor of a day)
     */
    public FundingSeries build() {
      // Full arrays are shared, not copied: the builder only ever writes past its size (after
      // growing into new arrays), and the series only fills intervals the builder treats as
      // unknown (their sources, copied below, stay unknown here).
      boolean full = size == times.length;
      long[] t = full ? times : Arrays.copyOf(times, size);
      long[] iv = full ? intervals : Arrays.copyOf(intervals, size);
      byte[] src = Arrays.copyOf(sources, size);
      if (anyUnknown) {
        long[] inferred = assumed > 0 ? null : infer(inference, t);
        byte fillSource = (byte) (assumed > 0 ? IntervalSource.ASSUMED.ordinal()
            : IntervalSource.INFERRED.ordinal());
        for (int i = 0; i < size; i++) {
          if (src[i] < 0) {
            iv[i] = assumed > 0 ? assumed : inferred[i];
            src[i] = fillSource;
          }
        }
      }
      return new FundingSeries(t, full ? values : Arrays.copyOf(values, size), iv, src, kind,
          venue, symbol);
    }
  }
}
