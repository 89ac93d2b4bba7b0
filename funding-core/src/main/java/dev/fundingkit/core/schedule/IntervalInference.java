package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * Recovers the settlement interval, and where it changed, from settlement instants alone.
 * Venues' funding histories rarely say the interval (Bybit's {@code funding/history} returns
 * only rate and timestamp), and a rate without its interval is meaningless.
 *
 * <p><b>What it tolerates.</b>
 * <ul>
 *   <li><i>Jitter</i>: venues stamp settlements a few milliseconds to seconds late (Binance
 *       {@code 08:00:00.007}). Two spacings are equal when they differ by at most
 *       {@link #tolerance()} (default 1 minute).
 *   <li><i>Missing settlements</i>: a 16h gap in an 8h series is two 8h periods with a row
 *       missing, not a change. A gap that is a whole multiple of the current interval never by
 *       itself starts a change.
 *   <li><i>Odd settlements</i>: a delayed or extra settlement (HTX's 3–11h steps, a listing's
 *       first short period) stays inside its segment unless the new spacing persists.
 * </ul>
 *
 * <p><b>When it declares a change</b> from the current interval {@code I} to {@code J}, at
 * the settlement ending the first gap of the run (the first settlement whose period had the
 * new length):
 * <ul>
 *   <li>{@code J} that {@code I} cannot explain (8h → 4h, 8h → 1h, 4h → 6h): the gap and the
 *       next ones, {@link #minimumRun()} in a row (default 3), are each a multiple of {@code J}
 *       and not of {@code I}.
 *   <li>{@code J} a whole multiple of {@code I} (1h → 4h, 4h → 8h): this looks exactly like
 *       missing settlements, so the evidence must last longer: {@link #minimumCoarserRun()}
 *       gaps in a row (default 8), each a multiple of {@code J}, with no gap of {@code I}.
 *       With a fifth of the settlements of a series missing at random, a run of 8 such gaps
 *       appears at a given place with probability about 0.17⁸ ≈ 6·10⁻⁷.
 * </ul>
 * Only intervals that divide a day in whole minutes (1h, 4h, 8h, 30m, …) and exceed four
 * tolerances are candidates; any other spacing is an odd settlement. The first interval is the
 * most frequent candidate spacing among the first {@code 4 × minimumCoarserRun} gaps (the
 * smaller on a tie), so a few missing rows at the start cannot mislead it; a segment that
 * would hold only its first settlement is relabelled rather than kept, which also corrects a
 * first guess taken from a short opening regime.
 *
 * <p>Instants are compared at millisecond precision. At least two settlements are needed.
 * Immutable and thread-safe.
 */
public final class IntervalInference implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long MINUTE_MS = 60_000L;
  private static final long MAX_ABS_MILLIS = 1L << 62;
  private static final long DAY_MINUTES = 1440L;
  private static final Duration MAX_TOLERANCE = Duration.ofMinutes(10);

  /** One-minute tolerance, changes after 3 unexplained or 8 coarser gaps in a row. */
  public static final IntervalInference STANDARD =
      new IntervalInference(Duration.ofMinutes(1), 3, 8);

  private final Duration tolerance;
  private final long toleranceMs;
  private final int minimumRun;
  private final int minimumCoarserRun;
  /** Candidate intervals in milliseconds, ascending: whole-minute divisors of a day. */
  private final long[] candidates;

  private IntervalInference(Duration tolerance, int minimumRun, int minimumCoarserRun) {
    ArgChecks.positive("tolerance", tolerance);
    if (tolerance.compareTo(MAX_TOLERANCE) > 0 || tolerance.toMillis() < 1) {
      throw new IllegalArgumentException(
          "tolerance must be between 1ms and " + MAX_TOLERANCE + ", was " + tolerance);
    }
    if (minimumRun < 2) {
      throw new IllegalArgumentException("minimumRun must be >= 2, was " + minimumRun);
    }
    if (minimumCoarserRun < minimumRun) {
      throw new IllegalArgumentException("minimumCoarserRun must be >= minimumRun ("
          + minimumRun + "), was " + minimumCoarserRun);
    }
    this.tolerance = tolerance;
    this.toleranceMs = tolerance.toMillis();
    this.minimumRun = minimumRun;
    this.minimumCoarserRun = minimumCoarserRun;
    this.candidates = LongStream.rangeClosed(1, DAY_MINUTES)
        .filter(m -> DAY_MINUTES % m == 0 && m * MINUTE_MS > 4 * toleranceMs)
        .map(m -> m * MINUTE_MS)
        .toArray();
  }

  /**
   * The largest difference between two spacings that still counts as equal.
   *
   * @return the tolerance
   */
  public Duration tolerance() {
    return tolerance;
  }

  /**
   * How many gaps in a row must show a spacing the current interval cannot explain before a
   * change is declared.
   *
   * @return at least 2
   */
  public int minimumRun() {
    return minimumRun;
  }

  /**
   * How many gaps in a row must show a whole multiple of the current interval (and none of the
   * interval itself) before a change to that multiple is declared.
   *
   * @return at least {@link #minimumRun()}
   */
  public int minimumCoarserRun() {
    return minimumCoarserRun;
  }

  /**
   * A copy with another jitter tolerance.
   *
   * @param tolerance between 1 ms and 10 minutes
   * @return the inference
   * @throws NullPointerException if {@code tolerance} is null
   * @throws IllegalArgumentException if the tolerance is out of range
   */
  public IntervalInference withTolerance(Duration tolerance) {
    return new IntervalInference(tolerance, minimumRun, minimumCoarserRun);
  }

  /**
   * A copy with another minimum run for changes the current interval cannot explain.
   *
   * @param minimumRun at least 2 and at most {@link #minimumCoarserRun()}
   * @return the inference
   * @throws IllegalArgumentException if out of range
   */
  public IntervalInference withMinimumRun(int minimumRun) {
    return new IntervalInference(tolerance, minimumRun, minimumCoarserRun);
  }

  /**
   * A copy with another minimum run for changes to a multiple of the current interval.
   *
   * @param minimumCoarserRun at least {@link #minimumRun()}
   * @return the inference
   * @throws IllegalArgumentException if out of range
   */
  public IntervalInference withMinimumCoarserRun(int minimumCoarserRun) {
    return new IntervalInference(tolerance, minimumRun, minimumCoarserRun);
  }

  /**
   * Infers intervals from settlement instants.
   *
   * @param settlements the settlement instants, strictly increasing, at least two
   * @return the segments and per-settlement intervals
   * @throws NullPointerException if the array or an element is null
   * @throws IllegalArgumentException if the instants are not strictly increasing, or one is
   *     beyond ±2^62 epoch milliseconds
   * @throws IllegalStateException if there are fewer than two settlements, or no gap is a
   *     candidate interval
   */
  public InferredSchedule infer(Instant[] settlements) {
    ArgChecks.strictlyIncreasing("settlements", settlements);
    long[] millis = new long[settlements.length];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = epochMilli(settlements, i);
    }
    return inferMillis(checkRange("settlements", millis));
  }

  /**
   * Infers intervals from settlement instants in epoch milliseconds (the bulk form; the array
   * is copied once and not kept).
   *
   * @param epochMillis the settlement instants, epoch milliseconds, strictly increasing, at
   *     least two
   * @return the segments and per-settlement intervals
   * @throws NullPointerException if the array is null
   * @throws IllegalArgumentException if the instants are not strictly increasing, or one is
   *     beyond ±2^62 epoch milliseconds
   * @throws IllegalStateException if there are fewer than two settlements, or no gap is a
   *     candidate interval
   */
  public InferredSchedule infer(long[] epochMillis) {
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", epochMillis);
    return inferMillis(checkRange("epochMillis", epochMillis.clone()));
  }

  /** Settlements within ±2^62 ms (±146 million years), so no spacing overflows a long. */
  private static long[] checkRange(String name, long[] t) {
    for (int i = 0; i < t.length; i++) {
      // Exclusive: 2^62 − (−2^62) is 2^63, one past Long.MAX_VALUE.
      if (t[i] >= MAX_ABS_MILLIS || t[i] <= -MAX_ABS_MILLIS) {
        throw new IllegalArgumentException(
            name + "[" + i + "] must be within ±2^62 epoch milliseconds (exclusive), was "
                + t[i]);
      }
    }
    return t;
  }

  private static long epochMilli(Instant[] settlements, int i) {
    try {
      return settlements[i].toEpochMilli();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("settlements[" + i
          + "] must be within the epoch-millisecond range, was " + settlements[i], e);
    }
  }

  private InferredSchedule inferMillis(long[] t) {
    int n = t.length;
    if (n < 2) {
      throw new IllegalStateException(
          "interval inference needs at least 2 settlements, was " + n);
    }
    int[] starts = new int[8];
    long[] intervals = new long[8];
    int segments = 1;
    long current = firstInterval(t);
    intervals[0] = current;
    for (int i = 1; i < n; i++) {
      long gap = t[i] - t[i - 1];
      int k = multiple(gap, current);
      if (k == 1) {
        continue;
      }
      long next = candidate(gap);
      if (next == 0 || next == current) {
        continue; // an odd settlement: not a schedule spacing
      }
      boolean change = k >= 2
          ? coarserRun(t, i, next) >= minimumCoarserRun
          : unexplainedRun(t, i, next, current) >= minimumRun;
      if (!change) {
        continue;
      }
      current = next;
      if (i - 1 == starts[segments - 1]) {
        intervals[segments - 1] = next; // a one-settlement segment: relabel, don't split
        if (segments > 1 && intervals[segments - 2] == next) {
          segments--; // and merge with an equal neighbour
        }
      } else {
        if (segments == starts.length) {
          starts = Arrays.copyOf(starts, segments * 2);
          intervals = Arrays.copyOf(intervals, segments * 2);
        }
        starts[segments] = i;
        intervals[segments] = next;
        segments++;
      }
    }
    return new InferredSchedule(t, Arrays.copyOf(starts, segments),
        Arrays.copyOf(intervals, segments));
  }

  /** The most frequent candidate spacing among the first gaps; the smaller on a tie. */
  private long firstInterval(long[] t) {
    long[] seen = new long[4 * minimumCoarserRun];
    int m = 0;
    for (int i = 1; i < t.length && m < seen.length; i++) {
      long c = candidate(t[i] - t[i - 1]);
      if (c != 0) {
        seen[m++] = c;
      }
    }
    if (m == 0) {
      // Say where the candidates start: a 1-minute series under a 1-minute tolerance has gaps
      // that divide a day, yet none is a candidate (each must exceed 4 tolerances).
      throw new IllegalStateException("no gap between settlements is within " + tolerance
          + " of a funding interval (a whole-minute divisor of a day from "
          + Duration.ofMillis(candidates[0]) + ", more than 4 times the tolerance); first gap "
          + "was " + (t[1] - t[0]) + "ms");
    }
    return mostFrequent(seen, m);
  }

  /** The most frequent of {@code values[0..length)}, the smallest on a tie; sorts them. */
  static long mostFrequent(long[] values, int length) {
    Arrays.sort(values, 0, length);
    long best = values[0];
    int bestCount = 0;
    for (int i = 0; i < length; ) {
      int j = i;
      while (j < length && values[j] == values[i]) {
        j++;
      }
      if (j - i > bestCount) {
        best = values[i];
        bestCount = j - i;
      }
      i = j;
    }
    return best;
  }

  /** Consecutive gaps from {@code i} that are multiples of {@code next}. */
  private int coarserRun(long[] t, int i, long next) {
    int run = 0;
    // PIT: equivalent mutant (boundary on run <): one more step leaves run >= the minimum.
    for (int j = i; j < t.length && run < minimumCoarserRun; j++, run++) {
      if (multiple(t[j] - t[j - 1], next) == 0) {
        break;
      }
    }
    return run;
  }

  /** Consecutive gaps from {@code i} that are multiples of {@code next} but not of current. */
  private int unexplainedRun(long[] t, int i, long next, long current) {
    int run = 0;
    // PIT: equivalent mutant (boundary on run <): one more step leaves run >= the minimum.
    for (int j = i; j < t.length && run < minimumRun; j++, run++) {
      long gap = t[j] - t[j - 1];
      if (multiple(gap, next) == 0 || multiple(gap, current) != 0) {
        break;
      }
    }
    return run;
  }

  /** {@code k} when {@code gap ≈ k × interval} within tolerance, else 0. */
  private int multiple(long gap, long interval) {
    long k = (gap + interval / 2) / interval;
    if (k < 1 || Math.abs(gap - k * interval) > toleranceMs) {
      return 0;
    }
    return (int) Math.min(k, Integer.MAX_VALUE);
  }

  /** The candidate interval nearest to {@code gap} within tolerance, else 0. */
  private long candidate(long gap) {
    int pos = Arrays.binarySearch(candidates, gap);
    if (pos >= 0) {
      return candidates[pos];
    }
    int ins = -pos - 1;
    long best = 0;
    long bestDiff = Long.MAX_VALUE;
    for (int j = Math.max(0, ins - 1); j <= Math.min(candidates.length - 1, ins); j++) {
      long diff = Math.abs(gap - candidates[j]);
      if (diff < bestDiff) {
        best = candidates[j];
        bestDiff = diff;
      }
    }
    return bestDiff <= toleranceMs ? best : 0;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof IntervalInference)) {
      return false;
    }
    IntervalInference other = (IntervalInference) obj;
    return toleranceMs == other.toleranceMs && tolerance.equals(other.tolerance)
        && minimumRun == other.minimumRun && minimumCoarserRun == other.minimumCoarserRun;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tolerance, minimumRun, minimumCoarserRun);
  }

  /**
   * The settings in words, e.g.
   * {@code IntervalInference[tolerance=PT1M, minimumRun=3, minimumCoarserRun=8]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "IntervalInference[tolerance=" + tolerance + ", minimumRun=" + minimumRun
        + ", minimumCoarserRun=" + minimumCoarserRun + "]";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("IntervalInference is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Duration tolerance;
    private final int minimumRun;
    private final int minimumCoarserRun;

    SerializedForm(IntervalInference source) {
      this.tolerance = source.tolerance;
      this.minimumRun = source.minimumRun;
      this.minimumCoarserRun = source.minimumCoarserRun;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new IntervalInference(tolerance, minimumRun, minimumCoarserRun);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid IntervalInference: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
