package dev.fundingkit.core.premium;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Premium samples over a half-open window {@code [start, end)}: the readings a venue averages
 * into one settlement's premium.
 *
 * <p>Validated on construction: the window is non-empty ({@code start < end}); every sample
 * lies inside it; sample times are strictly increasing (sorted, no duplicates); every premium
 * is finite. Instants are compared at millisecond resolution, the resolution venues publish. A window with no samples
 * is allowed (what an average of it means is the {@link AveragingScheme}'s call). Bad input
 * gets {@link IllegalArgumentException} naming the parameter, the index and the value.
 *
 * <p>The samples are held as primitive arrays, so {@link #average(AveragingScheme)} runs the
 * scheme's bulk form without copying. Immutable and thread-safe.
 */
public final class PremiumSeries implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instant start;
  private final Instant end;
  private final long[] epochMillis;
  private final double[] premiums;

  private PremiumSeries(Instant start, Instant end, long[] epochMillis, double[] premiums) {
    this.start = start;
    this.end = end;
    this.epochMillis = epochMillis;
    this.premiums = premiums;
  }

  /**
   * A series from samples.
   *
   * @param start the window's first instant (inclusive)
   * @param end the window's end (exclusive), after {@code start}
   * @param samples the samples in time order, each inside the window
   * @return the series
   * @throws NullPointerException if an argument or a sample is null
   * @throws IllegalArgumentException if the window is empty, a sample lies outside it, or the
   *     times are not strictly increasing
   */
  public static PremiumSeries of(Instant start, Instant end, List<PremiumSample> samples) {
    Objects.requireNonNull(samples, "samples");
    long[] times = new long[samples.size()];
    double[] values = new double[samples.size()];
    for (int i = 0; i < times.length; i++) {
      PremiumSample sample = samples.get(i);
      if (sample == null) {
        throw new NullPointerException("samples[" + i + "]");  // message built on failure only
      }
      times[i] = sample.time().toEpochMilli();
      values[i] = sample.premium();
    }
    return checked(start, end, times, values, "samples");
  }

  /**
   * A series from parallel primitive arrays (copied).
   *
   * @param start the window's first instant (inclusive)
   * @param end the window's end (exclusive), after {@code start}
   * @param epochMillis the sample times in milliseconds since the epoch, strictly increasing,
   *     each in {@code [start, end)}
   * @param premiums the premiums, finite, as many as the times
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window is empty, the lengths differ, a time is out
   *     of order or outside the window, or a premium is NaN or infinite
   */
  public static PremiumSeries of(
      Instant start, Instant end, long[] epochMillis, double[] premiums) {
    Samples.checkSameLength(epochMillis, premiums);
    return checked(start, end, epochMillis.clone(), premiums.clone(), "epochMillis");
  }

  private static PremiumSeries checked(
      Instant start, Instant end, long[] times, double[] values, String timesName) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "end must be after start " + start + " (window [start, end) is empty), was " + end);
    }
    long first = start.toEpochMilli();
    long last = end.toEpochMilli();
    ArgChecks.strictlyIncreasingEpochMillis(timesName, times);
    for (int i = 0; i < times.length; i++) {
      if (times[i] < first || times[i] >= last) {
        throw new IllegalArgumentException(timesName + "[" + i + "] must lie in [" + start
            + ", " + end + "), was " + Instant.ofEpochMilli(times[i]));
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "premiums[" + i + "] must be finite, was " + values[i]);
      }
      values[i] += 0.0;
    }
    return new PremiumSeries(start, end, times, values);
  }

  /**
   * The window's first instant (inclusive).
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * The window's end (exclusive).
   *
   * @return the end
   */
  public Instant end() {
    return end;
  }

  /**
   * The window's length, {@code end − start}.
   *
   * @return the positive window length
   */
  public Duration window() {
    return Duration.between(start, end);
  }

  /**
   * The number of samples.
   *
   * @return the sample count, zero or more
   */
  public int size() {
    return premiums.length;
  }

  /**
   * Whether the window holds no samples.
   *
   * @return {@code size() == 0}
   */
  public boolean isEmpty() {
    return premiums.length == 0;
  }

  /**
   * One sample.
   *
   * @param index the sample's position, from zero
   * @return the sample
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public PremiumSample sample(int index) {
    Objects.checkIndex(index, premiums.length);
    return new PremiumSample(Instant.ofEpochMilli(epochMillis[index]), premiums[index]);
  }

  /**
   * The samples in time order.
   *
   * @return an unmodifiable list of the samples
   */
  public List<PremiumSample> samples() {
    List<PremiumSample> list = new ArrayList<>(premiums.length);
    for (int i = 0; i < premiums.length; i++) {
      list.add(sample(i));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * The sample times in milliseconds since the epoch.
   *
   * @return a copy of the times, strictly increasing
   */
  public long[] epochMillis() {
    return epochMillis.clone();
  }

  /**
   * The premiums in time order.
   *
   * @return a copy of the premiums
   */
  public double[] premiums() {
    return premiums.clone();
  }

  /**
   * The window's average premium under a venue's scheme, using the scheme's bulk form over
   * this series' arrays (no copy).
   *
   * @param scheme the averaging scheme
   * @return the average premium
   * @throws NullPointerException if {@code scheme} is null
   * @throws IllegalStateException if the scheme needs samples and the window has none
   */
  public double average(AveragingScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    return scheme.average(epochMillis, premiums, 0, premiums.length);
  }

  /**
   * Same window, same sample times and same premiums (bit for bit).
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PremiumSeries)) {
      return false;
    }
    PremiumSeries other = (PremiumSeries) obj;
    return start.equals(other.start) && end.equals(other.end)
        && Arrays.equals(epochMillis, other.epochMillis) && Arrays.equals(premiums, other.premiums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, Arrays.hashCode(epochMillis), Arrays.hashCode(premiums));
  }

  /**
   * The window and the sample count, such as {@code PremiumSeries[2025-01-01T00:00:00Z,
   * 2025-01-01T08:00:00Z) 5760 samples}.
   */
  @Override
  public String toString() {
    return "PremiumSeries[" + start + ", " + end + ") " + premiums.length + " samples";
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PremiumSeries is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant start;
    private final Instant end;
    private final long[] epochMillis;
    private final double[] premiums;

    SerializedForm(PremiumSeries source) {
      this.start = source.start;
      this.end = source.end;
      this.epochMillis = source.epochMillis;
      this.premiums = source.premiums;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return PremiumSeries.of(start, end, epochMillis, premiums);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid PremiumSeries: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
