package dev.fundingkit.stats.risk;

import dev.fundingkit.core.ArgChecks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The standard deviation of a series over a trailing <em>time</em> window, one value per
 * observation: the value at observation {@code i} uses the observations with time in the
 * half-open window {@code (tᵢ − window, tᵢ]}, so 24 hourly observations fill a 24-hour window.
 *
 * <p>The standard deviation is the sample one (divisor {@code n − 1}). Observations are only
 * reported once the data covers a whole window ({@code tᵢ − window ≥ t₀}) and the window holds
 * at least {@code minObservations} values; others are left out rather than reported as NaN. A
 * constant series gives exactly 0.
 *
 * <p>{@link #compute(long[], double[], long, int, long[], double[], int[])} is the bulk form:
 * O(n) with a running mean and sum of squared deviations updated as values enter and leave the
 * window (Welford's update and its inverse), allocating nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollingVolatility implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Duration window;
  private final Instant[] times;
  private final double[] values;
  private final int[] observations;

  private RollingVolatility(
      Duration window, Instant[] times, double[] values, int[] observations) {
    this.window = window;
    this.times = times;
    this.values = values;
    this.observations = observations;
  }

  /**
   * The rolling standard deviation of {@code values} observed at {@code times}. Times and the
   * window are taken to the millisecond.
   *
   * @param times observation instants, strictly increasing
   * @param values the observed values, finite, as many as {@code times}
   * @param window the trailing window, positive
   * @param minObservations the fewest values a window needs to be reported, {@code >= 2}
   * @return the rolling standard deviation, with at least one value
   * @throws NullPointerException if an argument or a time is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   * @throws IllegalStateException if no window is both covered by data and full enough
   */
  public static RollingVolatility of(
      Instant[] times, double[] values, Duration window, int minObservations) {
    ArgChecks.strictlyIncreasing("times", times);
    ArgChecks.allFinite("values", values);
    ArgChecks.positive("window", window);
    sameLength("values", values.length, times.length);
    // PIT: equivalent mutant (VoidMethodCall): compute() repeats this check, same message.
    checkMinObservations(minObservations);
    long[] millis = new long[times.length];
    for (int i = 0; i < times.length; i++) {
      millis[i] = times[i].toEpochMilli();
    }
    long[] outTimes = new long[times.length];
    double[] outSd = new double[times.length];
    int[] outCounts = new int[times.length];
    int n = compute(millis, values, window.toMillis(), minObservations, outTimes, outSd,
        outCounts);
    if (n == 0) {
      throw new IllegalStateException(
          "need observations spanning at least one window of " + window + " with "
              + minObservations + " values in it, got " + times.length + " observations");
    }
    Instant[] kept = new Instant[n];
    for (int i = 0; i < n; i++) {
      kept[i] = Instant.ofEpochMilli(outTimes[i]);
    }
    return new RollingVolatility(window, kept, Arrays.copyOf(outSd, n),
        Arrays.copyOf(outCounts, n));
  }

  /**
   * Bulk form over primitive arrays; allocates nothing. Times and window share a unit (any
   * unit: milliseconds, seconds). Writes one row per reported observation into the output
   * arrays, in time order, and returns how many rows it wrote.
   *
   * @param times observation times, strictly increasing (not checked here)
   * @param values observed values, finite (not checked here), as many as times
   * @param window the trailing window length, {@code > 0}
   * @param minObservations the fewest values a window needs, {@code >= 2}
   * @param outTimes receives the time of each reported observation, at least as long as
   *     {@code times}
   * @param outSd receives the sample standard deviation of its window
   * @param outCounts receives the number of values in its window
   * @return the number of rows written
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if {@code window} or {@code minObservations} is out of
   *     range or an array is too short
   */
  public static int compute(long[] times, double[] values, long window, int minObservations,
      long[] outTimes, double[] outSd, int[] outCounts) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(outTimes, "outTimes");
    Objects.requireNonNull(outSd, "outSd");
    Objects.requireNonNull(outCounts, "outCounts");
    if (window <= 0) {
      throw new IllegalArgumentException("window must be > 0, was " + window);
    }
    checkMinObservations(minObservations);
    int n = times.length;
    sameLength("values", values.length, n);
    atLeast("outTimes", outTimes.length, n);
    atLeast("outSd", outSd.length, n);
    atLeast("outCounts", outCounts.length, n);
    int written = 0;
    int first = 0;
    int count = 0;
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < n; i++) {
      count++;
      double delta = values[i] - mean;
      mean += delta / count;
      m2 += delta * (values[i] - mean);
      long windowStart = times[i] - window; // exclusive
      while (times[first] <= windowStart) {
        double x = values[first++];
        count--;
        if (count == 0) {
          mean = 0;
          m2 = 0;
        } else {
          double out = x - mean;
          mean -= out / count;
          m2 -= out * (x - mean);
        }
      }
      if (windowStart >= times[0] && count >= minObservations) {
        outTimes[written] = times[i];
        outSd[written] = Math.sqrt(Math.max(0.0, m2) / (count - 1));
        outCounts[written] = count;
        written++;
      }
    }
    return written;
  }

  /**
   * The trailing window.
   *
   * @return the window length
   */
  public Duration window() {
    return window;
  }

  /**
   * How many observations were reported.
   *
   * @return the number of values, at least 1
   */
  public int size() {
    return values.length;
  }

  /**
   * The time of reported observation {@code i}, the inclusive end of its window.
   *
   * @param i the index, in {@code [0, size())}
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Instant time(int i) {
    return times[i];
  }

  /**
   * The standard deviation over the window ending at observation {@code i}.
   *
   * @param i the index, in {@code [0, size())}
   * @return the sample standard deviation, {@code >= 0}, in the unit of the values
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double value(int i) {
    return values[i];
  }

  /**
   * How many values the window ending at observation {@code i} held.
   *
   * @param i the index, in {@code [0, size())}
   * @return the count, at least the minimum asked for
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int observations(int i) {
    return observations[i];
  }

  /**
   * The reported times.
   *
   * @return a copy of the times, increasing
   */
  public Instant[] times() {
    return times.clone();
  }

  /**
   * The reported standard deviations.
   *
   * @return a copy of the values, aligned with {@link #times()}
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * The median of the reported standard deviations: the typical level.
   *
   * @return the median (mean of the two middle values for an even count)
   */
  public double median() {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
  }

  @Override
  public String toString() {
    return "RollingVolatility[window=" + window + ", size=" + values.length + ", median="
        + median() + "]";
  }

  private static void checkMinObservations(int minObservations) {
    if (minObservations < 2) {
      throw new IllegalArgumentException("minObservations must be >= 2, was " + minObservations);
    }
  }

  static void sameLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(
          name + " must have length " + expected + ", was " + length);
    }
  }

  private static void atLeast(String name, int length, int expected) {
    if (length < expected) {
      throw new IllegalArgumentException(
          name + " must have length >= " + expected + ", was " + length);
    }
  }

  // Written through a proxy. The values are computed output, so there is no public factory to
  // re-enter: the proxy checks what of() guarantees (ordered times, finite non-negative
  // deviations, windows of at least two values, at least one row) before the constructor
  // of() uses.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException(
        "RollingVolatility is read through its serialization proxy");
  }

  /** The serial form of a rolling volatility: its window and its reported rows. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Duration window;
    private final Instant[] times;
    private final double[] values;
    private final int[] observations;

    Proxy(RollingVolatility v) {
      window = v.window;
      times = v.times.clone();
      values = v.values.clone();
      observations = v.observations.clone();
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        ArgChecks.positive("window", window);
        ArgChecks.strictlyIncreasing("times", times);
        ArgChecks.allFinite("values", values);
        Objects.requireNonNull(observations, "observations");
        sameLength("values", values.length, times.length);
        sameLength("observations", observations.length, times.length);
        if (times.length == 0) {
          throw new IllegalArgumentException("a rolling volatility has at least one value");
        }
        for (int i = 0; i < values.length; i++) {
          if (values[i] < 0 || observations[i] < 2) {
            throw new IllegalArgumentException("row " + i + " must have a deviation >= 0 and"
                + " >= 2 observations, was " + values[i] + " over " + observations[i]);
          }
        }
      } catch (RuntimeException e) {
        InvalidObjectException bad = new InvalidObjectException(e.getMessage());
        bad.initCause(e);
        throw bad;
      }
      return new RollingVolatility(window, times.clone(), values.clone(),
          observations.clone());
    }
  }
}
