package dev.fundingkit.stats.summary;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Summary of a funding series: time-weighted mean and sd, extremes, the fraction of
 * <em>time</em> above and below thresholds, the longest run below the lower threshold, and the
 * share of prints pinned at the interest rate.
 *
 * <p>Each print is a rate settled at an instant that covered an interval ending there. Before
 * anything is computed each rate is normalised to {@link SummarySettings#basis()} (8 h by
 * default): {@code x = rate × basis / interval}. Statistics then weigh each print by its
 * interval, so an 8-hourly print counts eight times as much as an hourly one:
 * <ul>
 *   <li>{@code mean = Σ xᵢwᵢ / Σ wᵢ} — the constant rate per basis that would have paid the same
 *       total funding;</li>
 *   <li>{@code sd² = Σ wᵢ(xᵢ − mean)² / (W − Σwᵢ²/W)}, {@code W = Σ wᵢ} (reliability weights:
 *       the usual {@code n − 1} sample variance when all intervals are equal);</li>
 *   <li>{@code fractionOfTimeAbove = Σ wᵢ[xᵢ > above] / W}, and likewise below;</li>
 *   <li>{@code pinnedShare} counts <em>prints</em> (not time) with
 *       {@code |xᵢ − interestRate| ≤ pinnedTolerance}.</li>
 * </ul>
 *
 * <p>Intervals always come with the data: a {@link FundingSeries} carries one per point (so a
 * missing print is a gap, not a longer interval), as does a {@link FundingRate}; the array
 * forms take them explicitly. Stats has no interval rule of its own.
 *
 * <p>Runs below: consecutive prints with {@code x < below} form a {@link TimeRun} from the
 * start of the first print's interval to the last print. A missing print ends a run: a print
 * continues the run only if its interval starts no more than half an interval after the
 * previous print (this forgives timestamp jitter, not a lost settlement).
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of prints, {@code ≥ 2}
 * @param start where the first print's interval starts
 * @param end the last print's settlement instant, after {@code start}
 * @param coveredTime the total of the intervals (less than {@code end − start} if the prints
 *     leave gaps), positive
 * @param mean the time-weighted mean rate, per {@code settings.basis()}
 * @param sd the time-weighted standard deviation, {@code ≥ 0}, per {@code settings.basis()}
 * @param min the lowest rate, per {@code settings.basis()}
 * @param max the highest rate, {@code ≥ min}, per {@code settings.basis()}
 * @param fractionOfTimeAbove the share of covered time with the rate strictly above
 *     {@code settings.above()}, in {@code [0, 1]}
 * @param fractionOfTimeBelow the share of covered time with the rate strictly below
 *     {@code settings.below()}, in {@code [0, 1]}
 * @param longestRunBelow the longest run strictly below {@code settings.below()} (the earliest
 *     if tied), empty if no print is below
 * @param pinnedShare the share of prints pinned at the interest rate, in {@code [0, 1]}
 * @param settings the basis and thresholds used
 */
public record SeriesSummary(
    int count,
    Instant start,
    Instant end,
    Duration coveredTime,
    FundingRate mean,
    FundingRate sd,
    FundingRate min,
    FundingRate max,
    double fractionOfTimeAbove,
    double fractionOfTimeBelow,
    Optional<TimeRun> longestRunBelow,
    double pinnedShare,
    SummarySettings settings) implements java.io.Serializable {

  /**
   * Validates the summary.
   *
   * @param count the number of prints, {@code ≥ 2}
   * @param start where the first print's interval starts
   * @param end the last print's settlement instant, after {@code start}
   * @param coveredTime the total of the intervals, positive
   * @param mean the time-weighted mean rate, per {@code settings.basis()}
   * @param sd the time-weighted standard deviation, {@code ≥ 0}, per {@code settings.basis()}
   * @param min the lowest rate, per {@code settings.basis()}
   * @param max the highest rate, {@code ≥ min}, per {@code settings.basis()}
   * @param fractionOfTimeAbove the share of time above, in {@code [0, 1]}
   * @param fractionOfTimeBelow the share of time below, in {@code [0, 1]}
   * @param longestRunBelow the longest run below, possibly empty
   * @param pinnedShare the share of pinned prints, in {@code [0, 1]}
   * @param settings the basis and thresholds used
   * @throws NullPointerException if an object component is null
   * @throws IllegalArgumentException naming the bad component and its value
   */
  public SeriesSummary {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(coveredTime, "coveredTime");
    Objects.requireNonNull(longestRunBelow, "longestRunBelow");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(sd, "sd");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (count < 2) {
      throw new IllegalArgumentException("count must be >= 2, was " + count);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start (" + start + "), was " + end);
    }
    ArgChecks.positive("coveredTime", coveredTime);
    inBasis("mean", mean, settings);
    ArgChecks.nonNegative("sd", inBasis("sd", sd, settings).value());
    inBasis("min", min, settings);
    ArgChecks.inRange("max", inBasis("max", max, settings).value(), min.value(),
        Double.MAX_VALUE);
    fractionOfTimeAbove = ArgChecks.inRange("fractionOfTimeAbove", fractionOfTimeAbove, 0, 1);
    fractionOfTimeBelow = ArgChecks.inRange("fractionOfTimeBelow", fractionOfTimeBelow, 0, 1);
    pinnedShare = ArgChecks.inRange("pinnedShare", pinnedShare, 0, 1);
  }

  private static FundingRate inBasis(String name, FundingRate rate, SummarySettings settings) {
    Objects.requireNonNull(rate, name);
    if (!rate.interval().equals(settings.basis())) {
      throw new IllegalArgumentException(name + " must be per the basis " + settings.basis()
          + ", was per " + rate.interval());
    }
    return rate;
  }

  /**
   * Summarises rates that carry their own intervals.
   *
   * @param times the settlement instants, strictly increasing (used to the millisecond)
   * @param rates the rates settled at those instants, same length
   * @param settings the basis and thresholds
   * @return the summary
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the lengths differ or the times are not strictly
   *     increasing, naming the parameter, index and value
   * @throws IllegalStateException if there are fewer than two prints
   */
  public static SeriesSummary of(Instant[] times, FundingRate[] rates, SummarySettings settings) {
    long[] millis = epochMillis(times, settings);
    requireLength("rates", rates, times.length);
    double[] values = new double[rates.length];
    long[] intervals = new long[rates.length];
    for (int i = 0; i < rates.length; i++) {
      FundingRate rate = Objects.requireNonNull(rates[i], "rates[" + i + "]");
      values[i] = rate.value();
      intervals[i] = rate.interval().toMillis();
    }
    return of(millis, values, intervals, settings);
  }

  /**
   * Summarises rates with explicit intervals.
   *
   * @param times the settlement instants, strictly increasing (used to the millisecond)
   * @param rates the rates, finite, same length
   * @param intervals the interval each rate covered, positive, same length
   * @param settings the basis and thresholds
   * @return the summary
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the lengths differ, the times are not strictly
   *     increasing, a rate is not finite or an interval not positive, naming the parameter,
   *     index and value
   * @throws IllegalStateException if there are fewer than two prints
   */
  public static SeriesSummary of(
      Instant[] times, double[] rates, Duration[] intervals, SummarySettings settings) {
    long[] millis = epochMillis(times, settings);
    requireLength("rates", rates, times.length);
    requireLength("intervals", intervals, times.length);
    long[] intervalMillis = new long[intervals.length];
    for (int i = 0; i < intervals.length; i++) {
      intervalMillis[i] = ArgChecks.positive("intervals[" + i + "]", intervals[i]).toMillis();
    }
    return of(millis, rates, intervalMillis, settings);
  }

  /**
   * Summarises a funding series with its own per-point intervals (declared, or inferred once
   * by core's {@code IntervalInference} when the series was built, so a missing settlement is
   * a gap, never a longer interval).
   *
   * @param series the series, at least two points
   * @param settings the basis and thresholds
   * @return the summary
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a rate per basis overflows
   * @throws IllegalStateException if there are fewer than two prints
   */
  public static SeriesSummary of(FundingSeries series, SummarySettings settings) {
    Objects.requireNonNull(series, "series");
    return of(series.epochMillis(), series.values(), series.intervalsMillis(), settings);
  }

  /**
   * Bulk form with explicit intervals, over primitive arrays; allocates nothing per print.
   *
   * @param epochMillis the settlement instants in ms since the epoch, strictly increasing
   * @param rates the rates, finite, same length
   * @param intervalMillis the interval each rate covered in ms, positive, same length
   * @param settings the basis and thresholds
   * @return the summary
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the lengths differ, the times are not strictly
   *     increasing, a rate is not finite or an interval not positive, naming the parameter,
   *     index and value
   * @throws IllegalStateException if there are fewer than two prints
   */
  public static SeriesSummary of(
      long[] epochMillis, double[] rates, long[] intervalMillis, SummarySettings settings) {
    Objects.requireNonNull(intervalMillis, "intervalMillis");
    return run(epochMillis, rates, intervalMillis, settings);
  }

  private static long[] epochMillis(Instant[] times, SummarySettings settings) {
    Objects.requireNonNull(settings, "settings");
    ArgChecks.strictlyIncreasing("times", times);
    long[] millis = new long[times.length];
    for (int i = 0; i < times.length; i++) {
      millis[i] = times[i].toEpochMilli();
    }
    return millis;
  }

  private static void requireLength(String name, Object array, int timeCount) {
    int length = Array.getLength(Objects.requireNonNull(array, name));
    if (length != timeCount) {
      throw new IllegalArgumentException(
          name + " must have the length of times (" + timeCount + "), was " + length);
    }
  }

  /** One validating pass over arrays with explicit intervals. */
  private static SeriesSummary run(long[] times, double[] rates, long[] intervals, SummarySettings s) {
    Objects.requireNonNull(times, "epochMillis");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(s, "settings");
    int n = times.length;
    requireArrayLength("rates", rates.length, n);
    requireArrayLength("intervalMillis", intervals.length, n);
    validate(times, rates, intervals);
    if (n < 2) {
      throw new IllegalStateException("a series summary needs at least 2 prints, had " + n);
    }
    double basis = s.basis().toMillis();
    // West's weighted running mean and sum of squares: one pass, no cancellation.
    double weight = 0;
    double weightSq = 0;
    double mean = 0;
    double squares = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double above = 0;
    double below = 0;
    int pinned = 0;
    long runStart = 0;
    int runPrints = 0;
    long bestStart = 0;
    long bestEnd = 0;
    int bestPrints = 0;
    for (int i = 0; i < n; i++) {
      long interval = intervalAt(times, intervals, i);
      double x = rates[i] * (basis / interval);
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("rates[" + i + "] per basis must be finite, was "
            + x + " (rate " + rates[i] + " over " + interval + " ms)");
      }
      double w = interval;
      weight += w;
      weightSq += w * w;
      double delta = x - mean;
      mean += delta * (w / weight);
      squares += w * delta * (x - mean);
      min = Math.min(min, x);
      max = Math.max(max, x);
      above += x > s.above() ? w : 0;
      below += x < s.below() ? w : 0;
      pinned += Math.abs(x - s.interestRate()) <= s.pinnedTolerance() ? 1 : 0;
      if (x < s.below()) {
        long coverageStart = times[i] - interval;
        boolean continues =
            runPrints > 0 && coverageStart - times[i - 1] <= interval / 2;
        runStart = continues ? runStart : coverageStart;
        runPrints = continues ? runPrints + 1 : 1;
        if (times[i] - runStart > bestEnd - bestStart) {
          bestStart = runStart;
          bestEnd = times[i];
          bestPrints = runPrints;
        }
      } else {
        runPrints = 0;
      }
    }
    double variance = squares / (weight - weightSq / weight);
    Optional<TimeRun> run = bestPrints == 0 ? Optional.empty()
        : Optional.of(new TimeRun(instant(bestStart), instant(bestEnd), bestPrints));
    return new SeriesSummary(n, instant(times[0] - intervalAt(times, intervals, 0)),
        instant(times[n - 1]), Duration.ofMillis((long) weight), FundingRate.of(mean, s.basis()),
        FundingRate.of(Math.sqrt(Math.max(0, variance)), s.basis()),
        FundingRate.of(min, s.basis()), FundingRate.of(max, s.basis()), above / weight,
        below / weight, run, (double) pinned / n, s);
  }

  private static long intervalAt(long[] times, long[] intervals, int i) {
    return intervals[i];
  }

  private static void validate(long[] times, double[] rates, long[] intervals) {
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", times);
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(rates[i])) {
        throw new IllegalArgumentException("rates[" + i + "] must be finite, was " + rates[i]);
      }
      if (intervals[i] <= 0) {
        throw new IllegalArgumentException(
            "intervalMillis[" + i + "] must be > 0, was " + intervals[i]);
      }
    }
  }

  private static void requireArrayLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " must have the length of epochMillis (" + expected + "), was " + length);
    }
  }

  private static Instant instant(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis);
  }

  // Optional is not serializable: the record is written through a proxy holding a null for
  // "no run", and read back through the canonical constructor, which re-validates.
  private Object writeReplace() {
    return new Proxy(this);
  }

  /** The serial form of a summary. */
  private static final class Proxy implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int count;
    private final Instant start;
    private final Instant end;
    private final Duration coveredTime;
    private final FundingRate mean;
    private final FundingRate sd;
    private final FundingRate min;
    private final FundingRate max;
    private final double fractionOfTimeAbove;
    private final double fractionOfTimeBelow;
    private final TimeRun longestRunBelow;
    private final double pinnedShare;
    private final SummarySettings settings;

    Proxy(SeriesSummary s) {
      count = s.count;
      start = s.start;
      end = s.end;
      coveredTime = s.coveredTime;
      mean = s.mean;
      sd = s.sd;
      min = s.min;
      max = s.max;
      fractionOfTimeAbove = s.fractionOfTimeAbove;
      fractionOfTimeBelow = s.fractionOfTimeBelow;
      longestRunBelow = s.longestRunBelow.orElse(null);
      pinnedShare = s.pinnedShare;
      settings = s.settings;
    }

    private Object readResolve() {
      return new SeriesSummary(count, start, end, coveredTime, mean, sd, min, max,
          fractionOfTimeAbove, fractionOfTimeBelow, Optional.ofNullable(longestRunBelow),
          pinnedShare, settings);
    }
  }
}
