package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IntervalInference} found in a series of settlement instants: segments of one
 * interval each, and for every settlement the interval of the period that ended at it, so a
 * published rate can be labelled with its interval.
 *
 * <p>A settlement after missing rows keeps its segment's interval (the 08:00 settlement after
 * a missing 04:00 one in a 4h series is labelled 4h, not 8h). The first settlement is labelled
 * with the first segment's interval. An odd settlement (a delayed one, or the short transition
 * period just before a change to a coarser interval) keeps the interval of the segment it
 * falls in.
 *
 * <p>Immutable and thread-safe.
 */
public final class InferredSchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long MINUTE_MS = 60_000L;

  private final long[] settlements;
  private final int[] starts;
  private final long[] intervals;

  InferredSchedule(long[] settlements, int[] starts, long[] intervals) {
    this.settlements = settlements;
    this.starts = starts;
    this.intervals = intervals;
  }

  /**
   * The segments of settlements whose intervals are already known (declared by the data, or a
   * series' labels): each run of equal intervals is one segment. The counterpart of
   * {@link IntervalInference#infer(long[])} for intervals that need no inference, so both give
   * the same {@link #toSchedule()}.
   *
   * @param epochMillis settlement instants, strictly increasing, at least two (copied)
   * @param intervalMillis the interval of the period ending at each settlement, positive,
   *     same length (read, not kept)
   * @return the segments
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ, fewer than two settlements are
   *     given, the instants are not strictly increasing or an interval is not positive
   */
  public static InferredSchedule fromIntervals(long[] epochMillis, long[] intervalMillis) {
    ArgChecks.strictlyIncreasingEpochMillis("epochMillis", epochMillis);
    Objects.requireNonNull(intervalMillis, "intervalMillis");
    int n = epochMillis.length;
    if (intervalMillis.length != n) {
      throw new IllegalArgumentException("intervalMillis must have the length of epochMillis ("
          + n + "), was " + intervalMillis.length);
    }
    if (n < 2) {
      throw new IllegalArgumentException("epochMillis must hold at least 2 settlements, was " + n);
    }
    int[] starts = new int[n];
    long[] intervals = new long[n];
    int segments = 0;
    for (int i = 0; i < n; i++) {
      if (intervalMillis[i] <= 0) {
        throw new IllegalArgumentException(
            "intervalMillis[" + i + "] must be > 0, was " + intervalMillis[i]);
      }
      if (segments == 0 || intervals[segments - 1] != intervalMillis[i]) {
        starts[segments] = i;
        intervals[segments] = intervalMillis[i];
        segments++;
      }
    }
    return new InferredSchedule(epochMillis.clone(), Arrays.copyOf(starts, segments),
        Arrays.copyOf(intervals, segments));
  }

  /**
   * How many settlements were examined.
   *
   * @return at least 2
   */
  public int size() {
    return settlements.length;
  }

  /**
   * The segments, oldest first; consecutive segments have different intervals.
   *
   * @return an unmodifiable list, never empty
   */
  public List<IntervalSegment> segments() {
    List<IntervalSegment> out = new ArrayList<>(starts.length);
    for (int s = 0; s < starts.length; s++) {
      int first = starts[s];
      int last = lastIndexOf(s);
      out.add(new IntervalSegment(Instant.ofEpochMilli(settlements[first]),
          Instant.ofEpochMilli(settlements[last]), Duration.ofMillis(intervals[s]),
          last - first + 1));
    }
    return List.copyOf(out);
  }

  /**
   * How many times the interval changed.
   *
   * @return segments minus one
   */
  public int changeCount() {
    return starts.length - 1;
  }

  /**
   * The interval of the period that ended at a settlement.
   *
   * @param index the settlement's position in the input, 0-based
   * @return its segment's interval
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public Duration intervalEndingAt(int index) {
    Objects.checkIndex(index, settlements.length);
    return Duration.ofMillis(intervals[segmentOf(index)]);
  }

  /**
   * For every settlement, the interval of the period that ended at it, in milliseconds: the
   * bulk form of {@link #intervalEndingAt(int)}, one array and no other allocation.
   *
   * @return a new array parallel to the input
   */
  public long[] intervalsMillis() {
    long[] out = new long[settlements.length];
    for (int s = 0; s < starts.length; s++) {
      Arrays.fill(out, starts[s], lastIndexOf(s) + 1, intervals[s]);
    }
    return out;
  }

  /**
   * The segments as a {@link PiecewiseSchedule}. Each grid's anchor is the most frequent
   * offset of its settlements (rounded to the minute) modulo its interval; the first segment
   * is effective after its first settlement minus one interval, each later one after the last
   * settlement of the segment before it (rounded to the minute, so jitter does not move a
   * boundary off the grid). Odd settlements are not on the resulting grids.
   *
   * @return the piecewise schedule
   */
  public PiecewiseSchedule toSchedule() {
    List<PiecewiseSchedule.Segment> out = new ArrayList<>(starts.length);
    for (int s = 0; s < starts.length; s++) {
      long interval = intervals[s];
      Instant after = s == 0
          ? Instant.ofEpochMilli(roundToMinute(settlements[0]) - interval)
          : Instant.ofEpochMilli(roundToMinute(settlements[starts[s] - 1]));
      SettlementSchedule grid = SettlementSchedule.of(Duration.ofMillis(interval),
          LocalTime.ofSecondOfDay(anchorOffset(s) / 1000));
      out.add(new PiecewiseSchedule.Segment(after, grid));
    }
    return PiecewiseSchedule.of(out);
  }

  private long anchorOffset(int s) {
    int first = starts[s];
    int last = lastIndexOf(s);
    long[] offsets = new long[last - first + 1];
    for (int i = first; i <= last; i++) {
      offsets[i - first] = Math.floorMod(roundToMinute(settlements[i]), intervals[s]);
    }
    return IntervalInference.mostFrequent(offsets, offsets.length);
  }

  private static long roundToMinute(long millis) {
    return Math.floorDiv(millis + MINUTE_MS / 2, MINUTE_MS) * MINUTE_MS;
  }

  private int lastIndexOf(int segment) {
    return segment + 1 < starts.length ? starts[segment + 1] - 1 : settlements.length - 1;
  }

  private int segmentOf(int index) {
    int pos = Arrays.binarySearch(starts, index);
    return pos >= 0 ? pos : -pos - 2;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof InferredSchedule)) {
      return false;
    }
    InferredSchedule other = (InferredSchedule) obj;
    return Arrays.equals(settlements, other.settlements) && Arrays.equals(starts, other.starts)
        && Arrays.equals(intervals, other.intervals);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(settlements) * 31 + Arrays.hashCode(starts)) * 31
        + Arrays.hashCode(intervals);
  }

  /**
   * The segments in words, e.g. {@code InferredSchedule[1095 settlements, 8h from
   * 2025-08-21T08:00:00Z (1095)]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("InferredSchedule[")
        .append(settlements.length).append(" settlements");
    for (IntervalSegment seg : segments()) {
      sb.append(", ").append(FundingIntervals.format(seg.interval()))
          .append(" from ").append(seg.start()).append(" (").append(seg.count()).append(')');
    }
    return sb.append(']').toString();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("InferredSchedule is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] settlements;
    private final long[] intervals;

    SerializedForm(InferredSchedule source) {
      this.settlements = source.settlements;
      this.intervals = source.intervalsMillis();
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return InferredSchedule.fromIntervals(settlements, intervals);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid InferredSchedule: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
