package dev.fundingkit.core.schedule;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A settlement schedule that changes over time: a symbol that moved 8h → 4h → 1h keeps one
 * object that answers "when is the next settlement" and "which settlements fall in
 * {@code (from, to]}" across the changes.
 *
 * <p>It is a sequence of {@link Segment}s, each an instant {@code effectiveAfter} and a
 * {@link SettlementSchedule}, in strictly increasing order of instant. Segment {@code k} owns
 * the settlements of its grid in {@code (effectiveAfter_k, effectiveAfter_k+1]}; the last
 * segment runs on forever. The first segment also owns every settlement before its instant (a
 * schedule has no "before": its first schedule is the best answer for earlier instants).
 *
 * <p>Why "after": a venue changes the interval <em>at a settlement</em>. Binance's auto switch
 * to hourly is decided by the 08:00 settlement and the next settlement is 09:00: segment
 * {@code (08:00, 1h@00:00)}. The 08:00 settlement itself still belongs to the old schedule,
 * and so does every instant at or before it. A change instant need not lie on either grid:
 * after a 1h → 4h revert decided at 14:00 the next settlement is 16:00.
 *
 * <p>{@link #toString()} writes {@code 8h@00:00, then 1h@00:00 after 2025-05-02T08:00:00Z};
 * there is no parse. Immutable and thread-safe.
 */
public final class PiecewiseSchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One piece: a schedule in force for settlements after an instant.
   *
   * @param effectiveAfter the instant after which this schedule owns settlements; for the
   *     first segment {@link Instant#MIN} when it has always been in force
   * @param schedule the grid
   */
  public record Segment(Instant effectiveAfter, SettlementSchedule schedule)
      implements Serializable {

    /**
     * Validates the segment.
     *
     * @param effectiveAfter the instant after which this schedule owns settlements
     * @param schedule the grid
     * @throws NullPointerException if an argument is null
     */
    public Segment {
      Objects.requireNonNull(effectiveAfter, "effectiveAfter");
      Objects.requireNonNull(schedule, "schedule");
    }
  }

  private final Instant[] after;
  private final SettlementSchedule[] schedules;

  private PiecewiseSchedule(Instant[] after, SettlementSchedule[] schedules) {
    this.after = after;
    this.schedules = schedules;
  }

  /**
   * A schedule that has always been and stays the same.
   *
   * @param schedule the grid
   * @return a one-segment piecewise schedule (effective after {@link Instant#MIN})
   * @throws NullPointerException if {@code schedule} is null
   */
  public static PiecewiseSchedule of(SettlementSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return new PiecewiseSchedule(new Instant[] {Instant.MIN},
        new SettlementSchedule[] {schedule});
  }

  /**
   * A schedule from its segments.
   *
   * @param segments at least one segment, instants strictly increasing
   * @return the piecewise schedule
   * @throws NullPointerException if {@code segments} or an element is null
   * @throws IllegalArgumentException if {@code segments} is empty or its instants are not
   *     strictly increasing
   */
  public static PiecewiseSchedule of(List<Segment> segments) {
    Objects.requireNonNull(segments, "segments");
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("segments must not be empty, was []");
    }
    Instant[] after = new Instant[segments.size()];
    SettlementSchedule[] schedules = new SettlementSchedule[segments.size()];
    for (int i = 0; i < after.length; i++) {
      Segment s = Objects.requireNonNull(segments.get(i), "segments[" + i + "]");
      after[i] = s.effectiveAfter();
      schedules[i] = s.schedule();
    }
    ArgChecks.strictlyIncreasing("segments.effectiveAfter", after);
    return new PiecewiseSchedule(after, schedules);
  }

  /**
   * A copy with one more segment at the end.
   *
   * @param effectiveAfter the instant after which {@code schedule} owns settlements; after
   *     every existing segment's instant
   * @param schedule the new grid
   * @return the longer schedule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code effectiveAfter} is not after the last segment's
   */
  public PiecewiseSchedule withChange(Instant effectiveAfter, SettlementSchedule schedule) {
    Objects.requireNonNull(effectiveAfter, "effectiveAfter");
    Objects.requireNonNull(schedule, "schedule");
    Instant last = after[after.length - 1];
    if (!effectiveAfter.isAfter(last)) {
      throw new IllegalArgumentException(
          "effectiveAfter must be after the last change (" + last + "), was " + effectiveAfter);
    }
    Instant[] a = Arrays.copyOf(after, after.length + 1);
    SettlementSchedule[] s = Arrays.copyOf(schedules, schedules.length + 1);
    a[after.length] = effectiveAfter;
    s[schedules.length] = schedule;
    return new PiecewiseSchedule(a, s);
  }

  /**
   * The segments in order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>(after.length);
    for (int i = 0; i < after.length; i++) {
      out.add(new Segment(after[i], schedules[i]));
    }
    return List.copyOf(out);
  }

  /**
   * The schedule that owns a settlement at an instant, i.e. that a period ending at it was
   * settled under: the segment whose {@code (effectiveAfter, next effectiveAfter]} holds it.
   *
   * @param instant the instant
   * @return the schedule in force for a settlement at {@code instant}
   * @throws NullPointerException if {@code instant} is null
   */
  public SettlementSchedule scheduleFor(Instant instant) {
    return schedules[owner(Objects.requireNonNull(instant, "instant"))];
  }

  /**
   * Whether an instant is a settlement.
   *
   * @param instant the instant
   * @return true if the owning segment's grid holds it
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isSettlement(Instant instant) {
    return scheduleFor(instant).isSettlement(instant);
  }

  /**
   * The first settlement strictly after an instant, across changes.
   *
   * @param instant the instant
   * @return the next settlement, {@code > instant}
   * @throws NullPointerException if {@code instant} is null
   */
  public Instant nextAfter(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    int k = owner(instant);
    // owner() treats an instant equal to a change as the old segment's: right, since the
    // next settlement after it must come from the new one, which the loop moves on to.
    Instant cursor = instant;
    while (true) {
      Instant candidate = schedules[k].nextAfter(cursor);
      if (k == after.length - 1 || !candidate.isAfter(after[k + 1])) {
        return candidate;
      }
      cursor = after[++k];
    }
  }

  /**
   * The first settlement at or after an instant.
   *
   * @param instant the instant
   * @return the settlement, {@code >= instant}
   * @throws NullPointerException if {@code instant} is null
   */
  public Instant atOrAfter(Instant instant) {
    return isSettlement(instant) ? instant : nextAfter(instant);
  }

  /**
   * The time from an instant to the next settlement strictly after it.
   *
   * @param instant the instant
   * @return a positive duration
   * @throws NullPointerException if {@code instant} is null
   */
  public Duration timeUntilNext(Instant instant) {
    return Duration.between(instant, nextAfter(instant));
  }

  /**
   * How many settlements fall in {@code (from, to]}, across changes.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the count
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public long countBetween(Instant from, Instant to) {
    SettlementSchedule.checkWindow(from, to);
    long count = 0;
    for (int k = 0; k < after.length; k++) {
      Instant lo = k == 0 || from.isAfter(after[k]) ? from : after[k];
      Instant hi = k == after.length - 1 || to.isBefore(after[k + 1]) ? to : after[k + 1];
      if (lo.isBefore(hi)) {
        count += schedules[k].countBetween(lo, hi);
      }
    }
    return count;
  }

  /**
   * The settlements in {@code (from, to]}, in order, across changes.
   *
   * @param from the exclusive start
   * @param to the inclusive end, not before {@code from}
   * @return the settlements, possibly empty; an unmodifiable list
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the window holds
   *     more settlements than a list can
   */
  public List<Instant> settlementsBetween(Instant from, Instant to) {
    List<Instant> out = new ArrayList<>(SettlementSchedule.listSize(countBetween(from, to)));
    for (int k = 0; k < after.length; k++) {
      Instant lo = k == 0 || from.isAfter(after[k]) ? from : after[k];
      Instant hi = k == after.length - 1 || to.isBefore(after[k + 1]) ? to : after[k + 1];
      if (lo.isBefore(hi)) {
        out.addAll(schedules[k].settlementsBetween(lo, hi));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The settlements in {@code (from, to]} as epoch milliseconds in one array: the bulk form
   * of {@link #settlementsBetween(Instant, Instant)}.
   *
   * @param fromMillis the exclusive start, epoch milliseconds
   * @param toMillis the inclusive end, epoch milliseconds, not before {@code fromMillis}
   * @return the settlements in epoch milliseconds, ascending, possibly empty
   * @throws IllegalArgumentException if {@code toMillis < fromMillis} or the window holds more
   *     settlements than an array can
   */
  public long[] settlementsBetweenMillis(long fromMillis, long toMillis) {
    SettlementSchedule.checkWindowMillis(fromMillis, toMillis);
    long total = 0;
    long[][] parts = new long[after.length][];
    for (int k = 0; k < after.length; k++) {
      // grid points are whole seconds, so the floor millisecond of a change bounds exactly
      long lo = k == 0 ? fromMillis : Math.max(fromMillis, after[k].toEpochMilli());
      long hi = k == after.length - 1 ? toMillis : Math.min(toMillis, after[k + 1].toEpochMilli());
      // PIT: equivalent mutant (boundary): (lo, lo] holds no settlement either way.
      parts[k] = lo < hi ? schedules[k].settlementsBetweenMillis(lo, hi) : new long[0];
      total += parts[k].length;
    }
    long[] out = new long[SettlementSchedule.listSize(total)];
    int pos = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, out, pos, part.length);
      pos += part.length;
    }
    return out;
  }

  /** Index of the segment owning a settlement at {@code t}: the last k with after[k] < t. */
  private int owner(Instant t) {
    int lo = 1;
    int hi = after.length - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (after[mid].isBefore(t)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PiecewiseSchedule)) {
      return false;
    }
    PiecewiseSchedule other = (PiecewiseSchedule) obj;
    return Arrays.equals(after, other.after) && Arrays.equals(schedules, other.schedules);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(after) * 31 + Arrays.hashCode(schedules);
  }

  /**
   * The segments in words: {@code 8h@00:00, then 1h@00:00 after 2025-05-02T08:00:00Z}; the
   * first segment shows its instant only when it is not {@link Instant#MIN}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < after.length; i++) {
      if (i > 0) {
        sb.append(", then ");
      }
      sb.append(schedules[i]);
      if (i > 0 || !after[i].equals(Instant.MIN)) {
        sb.append(" after ").append(after[i]);
      }
    }
    return sb.toString();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PiecewiseSchedule is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<Segment> segments;

    SerializedForm(PiecewiseSchedule source) {
      this.segments = source.segments();
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return PiecewiseSchedule.of(segments);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid PiecewiseSchedule: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
